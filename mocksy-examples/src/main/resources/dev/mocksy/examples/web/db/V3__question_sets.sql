-- Each account's own question sets, kept as the uploaded text. The fingerprint is the SHA-256 of the questions
-- (types and texts, not the set's name), so the same file uploaded by two accounts has one fingerprint.
CREATE TABLE platform_question_sets (
    id VARCHAR(40) PRIMARY KEY,
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    source VARCHAR(120) NOT NULL,
    content TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX platform_question_sets_account ON platform_question_sets (account_id, uploaded_at);

-- The interviews run from a question set: which set's questions they ask (the set's text is copied, so deleting
-- the set later leaves the interview able to go on) and which leaderboard they count on.
CREATE TABLE platform_set_interviews (
    session_id VARCHAR(100) PRIMARY KEY,
    account_id VARCHAR(40) NOT NULL REFERENCES platform_accounts (id) ON DELETE CASCADE,
    set_name VARCHAR(200) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    source VARCHAR(120) NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX platform_set_interviews_fingerprint ON platform_set_interviews (fingerprint);
