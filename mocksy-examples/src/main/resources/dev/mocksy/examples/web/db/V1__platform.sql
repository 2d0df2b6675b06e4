-- The web platform's tables, beside the interview journal's. Portable between SQLite and PostgreSQL: times are
-- milliseconds since the epoch, flags are 0/1, binary values are base64 text.
CREATE TABLE platform_accounts (
    id VARCHAR(40) PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    display_name VARCHAR(80) NOT NULL,
    created_at BIGINT NOT NULL
);

-- A login: the cookie's token is kept only as its SHA-256, so a copy of the database cannot log anyone in.
CREATE TABLE platform_logins (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX platform_logins_account ON platform_logins (account_id);

-- Failed logins per subject (an e-mail address or a client address), for rate limiting across nodes.
CREATE TABLE platform_login_failures (
    subject VARCHAR(400) NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX platform_login_failures_subject ON platform_login_failures (subject, failed_at);

-- A user's own language model keys, AES-GCM encrypted with the server's master key.
CREATE TABLE platform_api_keys (
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    provider VARCHAR(16) NOT NULL,
    ciphertext TEXT NOT NULL,
    last_four VARCHAR(8) NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, provider)
);

CREATE TABLE platform_settings (
    account_id VARCHAR(40) PRIMARY KEY REFERENCES platform_accounts (id) ON DELETE CASCADE,
    provider VARCHAR(16),
    model VARCHAR(120),
    leaderboard INTEGER NOT NULL DEFAULT 0
);

-- The last resume and job description uploaded, read again when an interview starts from them.
CREATE TABLE platform_resumes (
    account_id VARCHAR(40) PRIMARY KEY REFERENCES platform_accounts (id) ON DELETE CASCADE,
    file_name VARCHAR(255) NOT NULL,
    content TEXT NOT NULL,
    job_text TEXT,
    uploaded_at BIGINT NOT NULL
);

-- Read-only links to a report: the link's token is kept only as its SHA-256.
CREATE TABLE platform_shares (
    id VARCHAR(40) PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    session_id VARCHAR(80) NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX platform_shares_account ON platform_shares (account_id);

CREATE TABLE platform_share_comments (
    id VARCHAR(40) PRIMARY KEY,
    share_id VARCHAR(40) NOT NULL REFERENCES platform_shares (id) ON DELETE CASCADE,
    author VARCHAR(80) NOT NULL,
    body TEXT NOT NULL,
    written_at BIGINT NOT NULL
);
CREATE INDEX platform_share_comments_share ON platform_share_comments (share_id);
