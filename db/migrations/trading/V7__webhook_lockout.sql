-- Lock-outs of a strategy's webhook after repeated wrong passwords (10 within 10 minutes lock it for 15 minutes by
-- default). A row is kept after the lock-out ends; cleared_* say who lifted it early and why.
CREATE TABLE webhook_lockout (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    strategy_id      CHAR(36)      NOT NULL,
    locked_at        ${instant}    NOT NULL,
    locked_until     ${instant}    NOT NULL,
    wrong_passwords  BIGINT        NOT NULL,
    cleared_at       ${instant},
    cleared_by       VARCHAR(120),
    clear_reason     VARCHAR(500),
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_webhook_lockout_strategy ON webhook_lockout (strategy_id, locked_at);

-- Counting a strategy's wrong passwords (message_code 'invalid-password') over the lock-out window.
CREATE INDEX ix_webhook_request_strategy_code ON webhook_request (strategy_id, message_code, received_at);
