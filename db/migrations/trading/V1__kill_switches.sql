-- Trading state per scope (platform, broker account, strategy, subscription): ACTIVE, REDUCING or HALTED.
-- A missing row means ACTIVE; the platform row always exists.
CREATE TABLE kill_switch (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    switch_level  VARCHAR(16)  NOT NULL,
    scope_id      VARCHAR(64)  NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    changed_by    VARCHAR(120) NOT NULL,
    changed_at    ${instant}   NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_kill_switch_scope UNIQUE (switch_level, scope_id)
);

INSERT INTO kill_switch (id, switch_level, scope_id, state, reason, changed_by, changed_at, version)
VALUES ('7c1c2b0e-0000-4000-8000-000000000001', 'PLATFORM', 'platform', 'ACTIVE', 'initial state', 'system',
        CURRENT_TIMESTAMP, 0);
