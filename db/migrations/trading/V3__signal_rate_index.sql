-- Rate limits count a strategy's accepted signals over the last minute and hour.
CREATE INDEX ix_received_signal_strategy_time ON received_signal (strategy_id, received_at);
