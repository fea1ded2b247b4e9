-- An investor is a Keycloak user with the investor role who has opened the portal at least once.
CREATE TABLE investor (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    username       VARCHAR(120) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254),
    registered_at  ${instant}   NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_investor_username UNIQUE (username)
);
