-- The team page's columns beside each owner row, and an index holding them after the owner, so that a team's findings
-- are one index range (an index-only scan) instead of one probe into findings per row (docs/performance.md).
-- The ingest keeps them equal to the finding's; rows whose finding is gone keep NULLs and count nowhere.
ALTER TABLE finding_owners ADD COLUMN status TEXT, ADD COLUMN severity TEXT, ADD COLUMN rule_id TEXT,
  ADD COLUMN first_seen BIGINT, ADD COLUMN fixed_at BIGINT, ADD COLUMN sla_due BIGINT;
UPDATE finding_owners AS o SET status = f.status, severity = f.severity, rule_id = f.rule_id, first_seen = f.first_seen,
  fixed_at = f.fixed_at, sla_due = f.sla_due
FROM findings AS f WHERE f.id = o.finding_id;
CREATE INDEX finding_owners_team_page ON finding_owners (owner) INCLUDE (finding_id, status, severity, rule_id, first_seen, fixed_at, sla_due);
DROP INDEX findings_team_page;
