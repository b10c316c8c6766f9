-- API keys act for the user who created them, with that user's current permissions. The key is
-- "<id>.<secret>"; only the SHA-256 of the secret is kept.
CREATE TABLE api_keys (
  id           UUID                     NOT NULL PRIMARY KEY,
  user_id      UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  description  VARCHAR(200)             NOT NULL,
  key_hash     VARCHAR(64)              NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_by_user ON api_keys (user_id, created_at);
