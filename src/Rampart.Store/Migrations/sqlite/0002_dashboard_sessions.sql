-- Dashboard logins: a session is a random id kept only as its SHA-256, tied to the hash of the token that logged in,
-- so that deleting the token (or changing the admin token) ends its sessions too.
CREATE TABLE dashboard_sessions (
  hash TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX dashboard_sessions_expires_at ON dashboard_sessions (expires_at);
