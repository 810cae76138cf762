-- The first schema: repositories, branches, scans, findings de-duplicated by fingerprint per branch,
-- their owners (teams and handles, lower-case), the history of their status, and API tokens (hashed).
-- Times are Unix milliseconds (UTC) in both dialects, so that day arithmetic is the same SQL.
CREATE TABLE repositories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE branches (
  id INTEGER PRIMARY KEY,
  repository_id INTEGER NOT NULL REFERENCES repositories (id),
  name TEXT NOT NULL,
  UNIQUE (repository_id, name)
);
CREATE TABLE scans (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches (id),
  report_hash TEXT NOT NULL,
  commit_sha TEXT,
  tool_version TEXT,
  received_at INTEGER NOT NULL,
  finding_count INTEGER NOT NULL,
  UNIQUE (branch_id, report_hash)
);
CREATE INDEX scans_received_at ON scans (received_at);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches (id),
  fingerprint TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  title TEXT NOT NULL,
  message TEXT NOT NULL,
  path TEXT NOT NULL,
  line INTEGER,
  col INTEGER,
  responsibility TEXT,
  owners TEXT NOT NULL,
  status TEXT NOT NULL,
  status_reason TEXT,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  fixed_at INTEGER,
  sla_due INTEGER,
  last_scan_id INTEGER NOT NULL,
  UNIQUE (branch_id, fingerprint)
);
CREATE INDEX findings_status_severity ON findings (status, severity);
CREATE INDEX findings_fixed_at ON findings (fixed_at) WHERE fixed_at IS NOT NULL;
CREATE TABLE finding_owners (
  owner TEXT NOT NULL,
  finding_id INTEGER NOT NULL,
  PRIMARY KEY (owner, finding_id)
) WITHOUT ROWID;
CREATE INDEX finding_owners_finding ON finding_owners (finding_id);
CREATE TABLE finding_events (
  id INTEGER PRIMARY KEY,
  finding_id INTEGER NOT NULL,
  scan_id INTEGER,
  at INTEGER NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL
);
CREATE INDEX finding_events_finding ON finding_events (finding_id);
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY,
  team TEXT NOT NULL,
  scope TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
