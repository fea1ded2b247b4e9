-- Optional Standard Webhooks signing per strategy: the secret is stored encrypted (AES-GCM, key from the
-- server's configuration) because verifying a signature needs it back.
ALTER TABLE webhook_strategy ADD COLUMN signing_secret_enc VARCHAR(200);
