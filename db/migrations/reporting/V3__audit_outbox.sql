-- Audit events recorded and not yet appended to the chain (the transactional outbox). A change inserts its event
-- here in its own database transaction, so a rolled-back change leaves none and a committed one always has its
-- event; the single appender moves them into audit_entry in the order of id and deletes them in the same
-- transaction. Columns as in audit_entry (times in epoch microseconds).
CREATE TABLE audit_outbox (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id       CHAR(36)      NOT NULL,
    occurred_at_us BIGINT        NOT NULL,
    actor          VARCHAR(120)  NOT NULL,
    action         VARCHAR(80)   NOT NULL,
    subject_type   VARCHAR(60)   NOT NULL,
    subject_id     VARCHAR(120)  NOT NULL,
    reason         VARCHAR(500),
    before_state   VARCHAR(4000),
    after_state    VARCHAR(4000)
);
