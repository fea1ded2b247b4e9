-- Tradable instruments (reference data). Prices round to tick_size, quantities to lot_step.
CREATE TABLE instrument (
    id             CHAR(36)       NOT NULL PRIMARY KEY,
    symbol         VARCHAR(32)    NOT NULL,
    asset_class    VARCHAR(16)    NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    exchange_code  VARCHAR(16)    NOT NULL,
    exchange_zone  VARCHAR(40)    NOT NULL,
    tick_size      DECIMAL(24, 12) NOT NULL,
    lot_step       DECIMAL(24, 12) NOT NULL,
    fractional     BOOLEAN        NOT NULL,
    active         BOOLEAN        NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT uq_instrument_symbol UNIQUE (symbol)
);
