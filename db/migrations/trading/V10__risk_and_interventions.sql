-- Pre-trade risk limits per broker account or strategy (a NULL limit is not checked).
CREATE TABLE risk_limit (
    id                       CHAR(36)       NOT NULL PRIMARY KEY,
    scope_level              VARCHAR(16)    NOT NULL,
    scope_id                 VARCHAR(64)    NOT NULL,
    max_order_quantity       DECIMAL(24, 8),
    max_order_notional       DECIMAL(24, 8),
    max_position             DECIMAL(24, 8),
    max_gross_exposure       DECIMAL(24, 8),
    max_open_orders          INT,
    max_orders_per_minute    INT,
    duplicate_window_seconds INT,
    max_daily_loss           DECIMAL(24, 8),
    changed_by               VARCHAR(120)   NOT NULL,
    changed_at               ${instant}     NOT NULL,
    version                  BIGINT         NOT NULL,
    CONSTRAINT uq_risk_limit_scope UNIQUE (scope_level, scope_id)
);

-- Fat-finger band per asset class: a priced order further than this from the last quote is denied.
CREATE TABLE risk_price_band (
    asset_class   VARCHAR(16)   NOT NULL PRIMARY KEY,
    band_percent  DECIMAL(9, 4) NOT NULL,
    changed_by    VARCHAR(120)  NOT NULL,
    changed_at    ${instant}    NOT NULL
);
INSERT INTO risk_price_band (asset_class, band_percent, changed_by, changed_at) VALUES
    ('STOCK', 10, 'system', CURRENT_TIMESTAMP),
    ('CRYPTO', 10, 'system', CURRENT_TIMESTAMP),
    ('FUTURE', 5, 'system', CURRENT_TIMESTAMP),
    ('FOREX', 2, 'system', CURRENT_TIMESTAMP);

-- An account's equity when its trading day (New York date) began: the base of its daily P&L.
CREATE TABLE account_trading_day (
    account_id      CHAR(36)       NOT NULL,
    trading_day     DATE           NOT NULL,
    opening_equity  DECIMAL(24, 8) NOT NULL,
    CONSTRAINT pk_account_trading_day PRIMARY KEY (account_id, trading_day)
);

-- When an order left for the broker (throttle and duplicate checks count these), and who placed an order that no
-- signal planned (an operator's close or flatten: such orders have no delivery).
ALTER TABLE trade_order ADD COLUMN sent_at ${instant};
ALTER TABLE trade_order ADD COLUMN placed_by VARCHAR(120);
ALTER TABLE trade_order ${alterColumn} delivery_id CHAR(36) NULL;
CREATE INDEX ix_trade_order_sent ON trade_order (account_id, sent_at);
