-- Password reset links: the link's token is kept only as its SHA-256; a row is deleted when its link is used, and
-- every row of the account when its password changes.
CREATE TABLE platform_password_resets (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX platform_password_resets_account ON platform_password_resets (account_id, expires_at);
