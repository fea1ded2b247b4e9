-- A connection to one broker venue; accounts (a later migration) belong to a connection.
CREATE TABLE broker_connection (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    venue       VARCHAR(16)  NOT NULL,
    endpoint    VARCHAR(255),
    enabled     BOOLEAN      NOT NULL,
    created_at  ${instant}   NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_broker_connection_name UNIQUE (name)
);
