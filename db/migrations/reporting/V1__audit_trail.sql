-- Append-only, hash-chained audit trail. entry_hash = SHA-256 over the entry's fields and previous_hash;
-- the first entry's previous_hash is 64 zeros. The application maps this table read-only after insert.
-- Times are microseconds since the epoch (UTC): hashed values must survive every driver and database unchanged.
CREATE TABLE audit_entry (
    sequence_no    BIGINT        NOT NULL PRIMARY KEY,
    event_id       CHAR(36)      NOT NULL,
    occurred_at_us BIGINT        NOT NULL,
    recorded_at_us BIGINT        NOT NULL,
    actor          VARCHAR(120)  NOT NULL,
    action         VARCHAR(80)   NOT NULL,
    subject_type   VARCHAR(60)   NOT NULL,
    subject_id     VARCHAR(120)  NOT NULL,
    reason         VARCHAR(500),
    before_state   VARCHAR(4000),
    after_state    VARCHAR(4000),
    previous_hash  VARCHAR(64)   NOT NULL,
    entry_hash     VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_audit_entry_event UNIQUE (event_id)
);

-- One row per run of the chain verification job.
CREATE TABLE audit_verification (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    job_execution_id       BIGINT       NOT NULL,
    finished_at            ${instant}   NOT NULL,
    entries_checked        BIGINT       NOT NULL,
    first_broken_sequence  BIGINT,
    outcome                VARCHAR(16)  NOT NULL
);
