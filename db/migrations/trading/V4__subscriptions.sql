-- A strategy's subscription by one broker account, with every per-account override of SIGNALS.md.
-- trading_windows: "MON,TUE,WED,THU,FRI 09:30-16:00;SAT 10:00-12:00" in the instrument's exchange time zone.
CREATE TABLE subscription (
    id                           CHAR(36)       NOT NULL PRIMARY KEY,
    strategy_id                  CHAR(36)       NOT NULL,
    account_id                   CHAR(36)       NOT NULL,
    enabled                      BOOLEAN        NOT NULL,
    use_signal_quantity          BOOLEAN        NOT NULL,
    use_signal_order_type        BOOLEAN        NOT NULL,
    use_signal_time_in_force     BOOLEAN        NOT NULL,
    use_signal_prices            BOOLEAN        NOT NULL,
    use_signal_take_profit       BOOLEAN        NOT NULL,
    use_signal_stop_loss         BOOLEAN        NOT NULL,
    quantity_type                VARCHAR(24),
    quantity                     DECIMAL(24, 8),
    entry_order_type             VARCHAR(16),
    exit_order_type              VARCHAR(16),
    time_in_force                VARCHAR(8),
    multiplier                   DECIMAL(12, 6) NOT NULL,
    sides                        VARCHAR(12)    NOT NULL,
    side_swapping                BOOLEAN        NOT NULL,
    subtract_exit_quantity       BOOLEAN        NOT NULL,
    allow_add_to_position        BOOLEAN        NOT NULL,
    cancel_open_orders           BOOLEAN        NOT NULL,
    trading_windows              VARCHAR(1000)  NOT NULL,
    allow_exits_outside_windows  BOOLEAN        NOT NULL,
    created_at                   ${instant}     NOT NULL,
    version                      BIGINT         NOT NULL,
    CONSTRAINT uq_subscription UNIQUE (strategy_id, account_id)
);
CREATE INDEX ix_subscription_strategy ON subscription (strategy_id);
