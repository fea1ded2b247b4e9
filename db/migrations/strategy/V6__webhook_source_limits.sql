-- Source limits per webhook strategy (SIGNALS.md "Source limits"): allowed_sources is a comma-separated list of
-- canonical IPv4/IPv6 addresses and CIDR ranges (at most 50; empty = no list); trading_view_only admits
-- TradingView's alert servers in addition to the list. Neither set: requests from anywhere.
ALTER TABLE webhook_strategy ADD COLUMN allowed_sources VARCHAR(2500) DEFAULT '' NOT NULL;
ALTER TABLE webhook_strategy ADD COLUMN trading_view_only BOOLEAN DEFAULT FALSE NOT NULL;
