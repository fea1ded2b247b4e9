-- Who entered a manual signal (NULL for webhooks and indicators).
ALTER TABLE received_signal ADD COLUMN submitted_by VARCHAR(120);

-- Approval mode per subscription: its signals wait for an operator's approval, at most timeout_seconds.
CREATE TABLE subscription_approval (
    subscription_id  CHAR(36)      NOT NULL PRIMARY KEY,
    required         BOOLEAN       NOT NULL,
    timeout_seconds  INT           NOT NULL,
    changed_by       VARCHAR(120)  NOT NULL,
    changed_at       ${instant}    NOT NULL
);

-- One request per delivery that waited for approval, and how it ended (PENDING, APPROVED, REJECTED, EXPIRED).
CREATE TABLE approval_request (
    delivery_id   CHAR(36)      NOT NULL PRIMARY KEY,
    signal_id     CHAR(36)      NOT NULL,
    account_id    CHAR(36)      NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    requested_at  ${instant}    NOT NULL,
    expires_at    ${instant}    NOT NULL,
    decided_by    VARCHAR(120),
    decided_at    ${instant},
    reason        VARCHAR(500),
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_approval_request_status ON approval_request (status, expires_at);

-- The day's peak equity seen so far, the base of the dashboard's drawdown (NULL until the first observation after
-- the day opened: the opening equity is the peak then).
ALTER TABLE account_trading_day ADD COLUMN peak_equity DECIMAL(24, 8);
