-- The paper venue's own books, one venue per paper account: what a real broker would keep on its side. Every call
-- to the venue and every quote that moves it is stored in one transaction, so a crash leaves it as it was before or
-- after, never between. revision grows with every stored change (a venue held in memory is current exactly when
-- its revision is the stored one). Prices, quantities and money have 12 decimals, as the venue computes them.
CREATE TABLE paper_venue (
    account_id      CHAR(36)         NOT NULL PRIMARY KEY,
    currency        VARCHAR(3)       NOT NULL,
    cash            DECIMAL(36, 12)  NOT NULL,
    realized_pnl    DECIMAL(36, 12)  NOT NULL,
    order_sequence  BIGINT           NOT NULL,
    log_sequence    BIGINT           NOT NULL,
    revision        BIGINT           NOT NULL,
    CONSTRAINT fk_paper_venue_account FOREIGN KEY (account_id) REFERENCES broker_account (id)
);

-- Open positions (a closed position has no row); quantity is signed, negative = short.
CREATE TABLE paper_position (
    account_id     CHAR(36)         NOT NULL,
    symbol         VARCHAR(32)      NOT NULL,
    quantity       DECIMAL(36, 12)  NOT NULL,
    average_price  DECIMAL(36, 12)  NOT NULL,
    CONSTRAINT pk_paper_position PRIMARY KEY (account_id, symbol),
    CONSTRAINT fk_paper_position_venue FOREIGN KEY (account_id) REFERENCES paper_venue (account_id)
);

-- Every order the venue accepted, working or finished: the client order id is unique per venue for ever, which is
-- what makes a re-submit a duplicate. The request as last replaced, its bracket (tp_/sl_), the bracket sibling it
-- cancels, and its trigger state (stop touched, trailing watermark). sequence_no names it (paper-<sequence_no>).
CREATE TABLE paper_order (
    account_id         CHAR(36)         NOT NULL,
    client_order_id    VARCHAR(64)      NOT NULL,
    sequence_no        BIGINT           NOT NULL,
    symbol             VARCHAR(32)      NOT NULL,
    side               VARCHAR(4)       NOT NULL,
    order_type         VARCHAR(16)      NOT NULL,
    time_in_force      VARCHAR(3)       NOT NULL,
    quantity           DECIMAL(36, 12)  NOT NULL,
    limit_price        DECIMAL(36, 12),
    stop_price         DECIMAL(36, 12),
    trail_amount       DECIMAL(36, 12),
    trail_percent      DECIMAL(36, 12),
    tp_limit           DECIMAL(36, 12),
    sl_stop            DECIMAL(36, 12),
    sl_limit           DECIMAL(36, 12),
    sl_trail_amount    DECIMAL(36, 12),
    sl_trail_percent   DECIMAL(36, 12),
    oco_sibling        VARCHAR(64),
    status             VARCHAR(16)      NOT NULL,
    working            BOOLEAN          NOT NULL,
    average_price      DECIMAL(36, 12),
    stop_triggered     BOOLEAN          NOT NULL,
    watermark          DECIMAL(36, 12),
    accepted_at        ${instant}       NOT NULL,
    CONSTRAINT pk_paper_order PRIMARY KEY (account_id, client_order_id),
    CONSTRAINT uq_paper_order_sequence UNIQUE (account_id, sequence_no),
    CONSTRAINT fk_paper_order_venue FOREIGN KEY (account_id) REFERENCES paper_venue (account_id)
);
-- quotes look for the accounts with working orders in their symbols
CREATE INDEX ix_paper_order_working ON paper_order (working, symbol);

-- The venue's own order log (SUBMIT, DUPLICATE_SUBMIT, CANCEL, REPLACE, REPORT), append-only; sequence_no orders it
-- (times may be stored to the second only, see the README on MariaDB).
CREATE TABLE paper_log (
    account_id       CHAR(36)       NOT NULL,
    sequence_no      BIGINT         NOT NULL,
    logged_at        ${instant}     NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    client_order_id  VARCHAR(64)    NOT NULL,
    detail           VARCHAR(2000)  NOT NULL,
    CONSTRAINT pk_paper_log PRIMARY KEY (account_id, sequence_no),
    CONSTRAINT fk_paper_log_venue FOREIGN KEY (account_id) REFERENCES paper_venue (account_id)
);

-- paper accounts opened before this migration get their venue in its opening state
INSERT INTO paper_venue (account_id, currency, cash, realized_pnl, order_sequence, log_sequence, revision)
SELECT id, currency, paper_starting_cash, 0, 0, 0, 0 FROM broker_account WHERE mode = 'PAPER';
