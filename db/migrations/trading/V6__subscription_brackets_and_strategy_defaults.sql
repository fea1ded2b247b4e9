-- Take-profit and stop-loss defaults (SIGNALS.md), relative to the entry price: a subscription's own, and a
-- strategy's order defaults, the precedence level between the subscription and the platform.
-- stop_loss_type: STOP, STOP_LIMIT (with stop_loss_limit_offset beyond the stop price) or TRAILING_STOP.
ALTER TABLE subscription ADD COLUMN take_profit_percent DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN take_profit_amount DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN stop_loss_type VARCHAR(16);
ALTER TABLE subscription ADD COLUMN stop_loss_percent DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN stop_loss_amount DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN stop_loss_limit_offset DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN stop_loss_trail_amount DECIMAL(24, 8);
ALTER TABLE subscription ADD COLUMN stop_loss_trail_percent DECIMAL(24, 8);

-- One row per webhook strategy whose order defaults were ever set; versions start at 1 (0 = never set).
CREATE TABLE strategy_order_defaults (
    strategy_id              CHAR(36)       NOT NULL PRIMARY KEY,
    quantity_type            VARCHAR(24),
    quantity                 DECIMAL(24, 8),
    entry_order_type         VARCHAR(16),
    exit_order_type          VARCHAR(16),
    time_in_force            VARCHAR(8),
    take_profit_percent      DECIMAL(24, 8),
    take_profit_amount       DECIMAL(24, 8),
    stop_loss_type           VARCHAR(16),
    stop_loss_percent        DECIMAL(24, 8),
    stop_loss_amount         DECIMAL(24, 8),
    stop_loss_limit_offset   DECIMAL(24, 8),
    stop_loss_trail_amount   DECIMAL(24, 8),
    stop_loss_trail_percent  DECIMAL(24, 8),
    updated_at               ${instant}     NOT NULL,
    version                  BIGINT         NOT NULL
);
