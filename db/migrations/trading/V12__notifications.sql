-- What operators are told about: fills, rejections, denials, broker errors, kill-switch changes, daily-loss breaches
-- and pending approvals. Severity INFO, WARNING (needs a look) or FAILURE (something did not happen).
CREATE TABLE notification (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    created_at  ${instant}    NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    severity    VARCHAR(8)    NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    detail      VARCHAR(1000),
    link        VARCHAR(300)
);
CREATE INDEX ix_notification_created ON notification (created_at);

-- Each staff member's choice per channel (ALL, FAILURES_ONLY = warnings and failures, NONE), the address for e-mail,
-- and up to when they have read the notification centre.
CREATE TABLE notification_preference (
    username       VARCHAR(120)  NOT NULL PRIMARY KEY,
    email          VARCHAR(254),
    in_app_level   VARCHAR(16)   NOT NULL,
    email_level    VARCHAR(16)   NOT NULL,
    last_read_at   ${instant},
    version        BIGINT        NOT NULL
);
