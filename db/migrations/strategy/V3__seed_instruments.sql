-- A realistic starting set of instruments (symbols as TradingView sends them in {{ticker}}).
INSERT INTO instrument (id, symbol, asset_class, currency, exchange_code, exchange_zone, tick_size, lot_step, fractional, active, version) VALUES
 ('5eed0000-0000-4000-8000-000000000001', 'AAPL',    'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000002', 'MSFT',    'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000003', 'NVDA',    'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000004', 'AMZN',    'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000005', 'TSLA',    'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000006', 'JPM',     'STOCK',  'USD', 'XNYS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000007', 'SPY',     'STOCK',  'USD', 'ARCX', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000008', 'QQQ',     'STOCK',  'USD', 'XNAS', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-000000000009', 'BTCUSD',  'CRYPTO', 'USD', 'PAPER', 'UTC',             0.01,    0.00000001, TRUE,  TRUE, 0),
 ('5eed0000-0000-4000-8000-00000000000a', 'ETHUSD',  'CRYPTO', 'USD', 'PAPER', 'UTC',             0.01,    0.0000001,  TRUE,  TRUE, 0),
 ('5eed0000-0000-4000-8000-00000000000b', 'ESZ2026', 'FUTURE', 'USD', 'XCME', 'America/Chicago',  0.25,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-00000000000c', 'NQZ2026', 'FUTURE', 'USD', 'XCME', 'America/Chicago',  0.25,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-00000000000d', 'CLF2027', 'FUTURE', 'USD', 'XNYM', 'America/New_York', 0.01,    1,          FALSE, TRUE, 0),
 ('5eed0000-0000-4000-8000-00000000000e', 'EURUSD',  'FOREX',  'USD', 'OTC',  'America/New_York', 0.00001, 1000,       FALSE, TRUE, 0);
