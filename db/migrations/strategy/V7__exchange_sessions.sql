-- The exchange's regular weekly sessions in its own time zone (ExchangeSessions' canonical text, such as
-- 'Mon-Fri 09:30-16:00' or '24/7'). Instruments registered by users before this get US equity hours if they are
-- stocks and '24/7' otherwise (their DAY orders then expire at midnight in their zone); admins correct them.
ALTER TABLE instrument ADD COLUMN sessions VARCHAR(200) DEFAULT '24/7' NOT NULL;
ALTER TABLE instrument ALTER COLUMN sessions DROP DEFAULT;
UPDATE instrument SET sessions = 'Mon-Fri 09:30-16:00' WHERE asset_class = 'STOCK';
-- the seeded futures and forex (V3): CME and NYMEX Globex weeks, and the forex week from Sunday 17:00 New York
UPDATE instrument SET sessions = 'Sun-Thu 17:00-16:00' WHERE id IN ('5eed0000-0000-4000-8000-00000000000b', '5eed0000-0000-4000-8000-00000000000c');
UPDATE instrument SET sessions = 'Sun-Thu 18:00-17:00' WHERE id = '5eed0000-0000-4000-8000-00000000000d';
UPDATE instrument SET sessions = 'Sun-Thu 17:00-17:00' WHERE id = '5eed0000-0000-4000-8000-00000000000e';
