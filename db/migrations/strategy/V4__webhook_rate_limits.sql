-- Per-strategy rate limits on accepted signals (SIGNALS.md: default 60 per minute and 500 per hour).
ALTER TABLE webhook_strategy ADD COLUMN rate_limit_per_minute INT DEFAULT 60 NOT NULL;
ALTER TABLE webhook_strategy ADD COLUMN rate_limit_per_hour INT DEFAULT 500 NOT NULL;
