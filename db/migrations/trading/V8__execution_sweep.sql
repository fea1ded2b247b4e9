-- The queues are the fast path; the database is the truth. A signal is marked when its fan-out committed, and a
-- delivery remembers when its message was last sent, so a sweep can re-send what a crash between the database
-- commit and the queue commit left without a message (the fan-out and the workers are idempotent).
CREATE TABLE signal_fan_out (
    signal_id      CHAR(36)    NOT NULL PRIMARY KEY,
    fanned_out_at  ${instant}  NOT NULL,
    deliveries     INT         NOT NULL
);
ALTER TABLE signal_delivery ADD COLUMN dispatched_at ${instant};
UPDATE signal_delivery SET dispatched_at = queued_at;
CREATE INDEX ix_signal_delivery_open ON signal_delivery (status, dispatched_at);
CREATE INDEX ix_received_signal_received ON received_signal (received_at);
