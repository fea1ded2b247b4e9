-- Execution: what each accepted signal did to each subscription, the orders it planned and sent, what the broker
-- answered, the fills and the resulting positions.

-- One row per signal x subscription (the fan-out); its status is the per-subscription outcome in the signal log.
CREATE TABLE signal_delivery (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    signal_id        CHAR(36)      NOT NULL,
    subscription_id  CHAR(36)      NOT NULL,
    account_id       CHAR(36)      NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    reason           VARCHAR(500),
    queued_at        ${instant}    NOT NULL,
    processed_at     ${instant},
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_signal_delivery UNIQUE (signal_id, subscription_id)
);
CREATE INDEX ix_signal_delivery_account ON signal_delivery (account_id, queued_at);

-- Orders as Autopilot planned and sent them; client_order_id is deterministic per signal x subscription x leg.
CREATE TABLE trade_order (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    client_order_id  VARCHAR(64)   NOT NULL,
    delivery_id      CHAR(36)      NOT NULL,
    account_id       CHAR(36)      NOT NULL,
    sequence_no      INT           NOT NULL,
    leg              VARCHAR(12)   NOT NULL,
    symbol           VARCHAR(32)   NOT NULL,
    side             VARCHAR(4)    NOT NULL,
    quantity         DECIMAL(24, 8) NOT NULL,
    order_type       VARCHAR(16)   NOT NULL,
    time_in_force    VARCHAR(4)    NOT NULL,
    limit_price      DECIMAL(24, 8),
    stop_price       DECIMAL(24, 8),
    sl_trail_amount  DECIMAL(24, 8),
    sl_trail_percent DECIMAL(12, 6),
    take_profit      DECIMAL(24, 8),
    stop_loss        DECIMAL(24, 8),
    stop_loss_limit  DECIMAL(24, 8),
    after_exit_fill  BOOLEAN       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    broker_order_id  VARCHAR(64),
    filled_quantity  DECIMAL(24, 8) NOT NULL,
    average_price    DECIMAL(24, 8),
    reason           VARCHAR(500),
    created_at       ${instant}    NOT NULL,
    updated_at       ${instant}    NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_trade_order_client_id UNIQUE (account_id, client_order_id)
);
CREATE INDEX ix_trade_order_delivery ON trade_order (delivery_id, sequence_no);
CREATE INDEX ix_trade_order_account ON trade_order (account_id, created_at);

-- What was sent to the broker and what it answered, per order, in order.
CREATE TABLE order_event (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    order_id    CHAR(36)      NOT NULL,
    occurred_at ${instant}    NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_order_event_order ON order_event (order_id, occurred_at);

-- Fills; a fill is identified by the order's cumulative filled quantity after it, so a report applied twice adds nothing.
CREATE TABLE order_fill (
    id                  CHAR(36)       NOT NULL PRIMARY KEY,
    order_id            CHAR(36)       NOT NULL,
    account_id          CHAR(36)       NOT NULL,
    symbol              VARCHAR(32)    NOT NULL,
    side                VARCHAR(4)     NOT NULL,
    quantity            DECIMAL(24, 8) NOT NULL,
    price               DECIMAL(24, 8) NOT NULL,
    cumulative_quantity DECIMAL(24, 8) NOT NULL,
    filled_at           ${instant}     NOT NULL,
    CONSTRAINT uq_order_fill UNIQUE (order_id, cumulative_quantity)
);
CREATE INDEX ix_order_fill_account ON order_fill (account_id, filled_at);

-- Net position per account and instrument: signed quantity, average entry price, realized P&L.
CREATE TABLE account_position (
    account_id     CHAR(36)       NOT NULL,
    symbol         VARCHAR(32)    NOT NULL,
    quantity       DECIMAL(24, 8) NOT NULL,
    average_price  DECIMAL(24, 8) NOT NULL,
    realized_pnl   DECIMAL(24, 8) NOT NULL,
    last_price     DECIMAL(24, 8),
    updated_at     ${instant}     NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_account_position PRIMARY KEY (account_id, symbol)
);
