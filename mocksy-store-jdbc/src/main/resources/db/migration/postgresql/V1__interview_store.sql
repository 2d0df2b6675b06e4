-- The interview store on PostgreSQL. The journal is the truth: each row is one event line in Mocksy's versioned journal
-- format, the same lines the file store writes. The other interview tables are derived from the events, in the same
-- transaction as the append, for history, search and progress. Times are timestamptz.

CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE resumes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name   TEXT,
    content     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE interviews (
    session_id      TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id),
    plan_json       TEXT NOT NULL,
    state           TEXT NOT NULL,
    role            TEXT NOT NULL,
    type            TEXT NOT NULL,
    level           TEXT NOT NULL,
    technologies    TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    last_event_at   TIMESTAMPTZ NOT NULL,
    last_sequence   BIGINT NOT NULL,
    questions_asked INTEGER NOT NULL,
    overall         INTEGER
);
CREATE INDEX interviews_by_user ON interviews (user_id, created_at);
CREATE INDEX interviews_by_time ON interviews (created_at);

CREATE TABLE interview_technologies (
    session_id  TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    technology  TEXT NOT NULL,
    PRIMARY KEY (session_id, technology)
);
CREATE INDEX interview_technologies_by_name ON interview_technologies (technology);

CREATE TABLE profiles (
    session_id    TEXT PRIMARY KEY REFERENCES interviews (session_id) ON DELETE CASCADE,
    user_id       TEXT NOT NULL,
    profile_json  TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE journal (
    session_id   TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    sequence     BIGINT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    event_type   TEXT NOT NULL,
    line         TEXT NOT NULL,
    PRIMARY KEY (session_id, sequence)
);

CREATE TABLE turns (
    session_id     TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    turn           INTEGER NOT NULL,
    question_id    TEXT NOT NULL,
    question_text  TEXT NOT NULL,
    follow_up      BOOLEAN NOT NULL,
    asked_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, turn)
);
CREATE INDEX turns_by_question ON turns (question_id);

CREATE TABLE answers (
    session_id   TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    turn         INTEGER NOT NULL,
    question_id  TEXT NOT NULL,
    answer_text  TEXT NOT NULL,
    skipped      BOOLEAN NOT NULL,
    timed_out    BOOLEAN NOT NULL,
    spoken       BOOLEAN NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, turn)
);

CREATE TABLE evaluations (
    session_id              TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    turn                    INTEGER NOT NULL,
    question_id             TEXT NOT NULL,
    overall                 DOUBLE PRECISION NOT NULL,
    technical_correctness   DOUBLE PRECISION,
    problem_solving         DOUBLE PRECISION,
    communication           DOUBLE PRECISION,
    depth_and_completeness  DOUBLE PRECISION,
    confidence_and_clarity  DOUBLE PRECISION,
    non_answer              BOOLEAN NOT NULL,
    method                  TEXT NOT NULL,
    evaluation_json         TEXT NOT NULL,
    evaluated_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, turn)
);

CREATE TABLE reports (
    session_id    TEXT PRIMARY KEY REFERENCES interviews (session_id) ON DELETE CASCADE,
    overall       INTEGER NOT NULL,
    confidence    INTEGER NOT NULL,
    report_json   TEXT NOT NULL,
    generated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE notes (
    session_id   TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    sequence     BIGINT NOT NULL,
    question_id  TEXT,
    text         TEXT NOT NULL,
    written_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, sequence)
);

CREATE TABLE bookmarks (
    session_id     TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    bookmarked_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, question_id)
);

CREATE TABLE recordings (
    session_id    TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    recording_id  TEXT NOT NULL,
    question_id   TEXT,
    media_type    TEXT NOT NULL,
    audio         BYTEA NOT NULL,
    size          INTEGER NOT NULL,
    kept_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (session_id, recording_id)
);

-- Links a product hands out to let someone read a report; written by the web platform.
CREATE TABLE shares (
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES interviews (session_id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ
);

-- Files Mocksy wrote with a candidate's data (exports, rendered reports), so that deleting the data removes them.
CREATE TABLE written_files (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     TEXT NOT NULL,
    session_id  TEXT,
    path        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX written_files_by_user ON written_files (user_id);

-- Directories of JSON-lines journals imported on first use, so that the import runs once.
CREATE TABLE file_imports (
    source       TEXT PRIMARY KEY,
    sessions     INTEGER NOT NULL,
    imported_at  TIMESTAMPTZ NOT NULL
);
