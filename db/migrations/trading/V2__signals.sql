-- Every accepted signal, durably stored before the sender gets its 200 (SIGNALS.md); processing follows from here.
CREATE TABLE received_signal (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    strategy_id      CHAR(36)     NOT NULL,
    source           VARCHAR(16)  NOT NULL,
    received_at      ${instant}   NOT NULL,
    ticker           VARCHAR(32)  NOT NULL,
    action           VARCHAR(8)   NOT NULL,
    idempotency_key  VARCHAR(200),
    log_id           CHAR(36)     NOT NULL,
    payload          ${clob}      NOT NULL,
    CONSTRAINT uq_received_signal_idempotency UNIQUE (strategy_id, idempotency_key)
);

-- Every webhook request, accepted or refused, with its answer (secrets never stored: the path password is not kept).
CREATE TABLE webhook_request (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    strategy_id    VARCHAR(64)   NOT NULL,
    received_at    ${instant}    NOT NULL,
    remote_address VARCHAR(64),
    http_status    INT           NOT NULL,
    message_code   VARCHAR(64),
    reason         VARCHAR(500),
    signal_id      CHAR(36),
    body           ${clob}
);
CREATE INDEX ix_webhook_request_received ON webhook_request (received_at);
