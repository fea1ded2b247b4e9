-- Execution reports of orders Autopilot did not send (placed at the broker by someone else, or never recorded):
-- kept for the operators instead of being dropped, after the stream retried them long enough for a worker to commit.
CREATE TABLE unmatched_report (
    id               CHAR(36)       NOT NULL PRIMARY KEY,
    account_id       CHAR(36)       NOT NULL,
    client_order_id  VARCHAR(64)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    filled_quantity  DECIMAL(24, 8),
    average_price    DECIMAL(24, 8),
    last_quantity    DECIMAL(24, 8),
    last_price       DECIMAL(24, 8),
    reason           VARCHAR(500),
    received_at      ${instant}     NOT NULL
);
CREATE INDEX ix_unmatched_report_account ON unmatched_report (account_id, received_at);
