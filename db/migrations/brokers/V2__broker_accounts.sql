-- Accounts at a broker connection. Paper accounts carry their simulated venue's settings; every account has its
-- own execution queue and worker, whose desired state (RUNNING/STOPPED) is kept here.
CREATE TABLE broker_account (
    id                   CHAR(36)        NOT NULL PRIMARY KEY,
    connection_id        CHAR(36)        NOT NULL,
    name                 VARCHAR(80)     NOT NULL,
    mode                 VARCHAR(8)      NOT NULL,
    currency             VARCHAR(3)      NOT NULL,
    paper_starting_cash  DECIMAL(24, 8),
    paper_slippage_bps   DECIMAL(10, 4),
    worker_state         VARCHAR(16)     NOT NULL,
    created_at           ${instant}      NOT NULL,
    version              BIGINT          NOT NULL,
    CONSTRAINT uq_broker_account_name UNIQUE (name),
    CONSTRAINT fk_broker_account_connection FOREIGN KEY (connection_id) REFERENCES broker_connection (id)
);
