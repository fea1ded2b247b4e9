-- Webhook strategies: the id is the webhook uuid of /trading/webhook/{uuid}/{password}; the password is a random
-- 192-bit token stored as its SHA-256 (shown once when created or regenerated).
CREATE TABLE webhook_strategy (
    id                       CHAR(36)      NOT NULL PRIMARY KEY,
    name                     VARCHAR(120)  NOT NULL,
    password_hash            VARCHAR(64)   NOT NULL,
    allowed_tickers          VARCHAR(2000) NOT NULL,
    max_signal_age_seconds   INT,
    created_at               ${instant}    NOT NULL,
    version                  BIGINT        NOT NULL,
    CONSTRAINT uq_webhook_strategy_name UNIQUE (name)
);
