-- The team page's columns beside each owner row, so that a team's findings are one range of the owner's rows (the
-- table is clustered by (owner, finding_id)) instead of one probe into findings per row (docs/performance.md).
-- The ingest keeps them equal to the finding's; rows whose finding is gone keep NULLs and count nowhere.
ALTER TABLE finding_owners ADD COLUMN status TEXT;
ALTER TABLE finding_owners ADD COLUMN severity TEXT;
ALTER TABLE finding_owners ADD COLUMN rule_id TEXT;
ALTER TABLE finding_owners ADD COLUMN first_seen INTEGER;
ALTER TABLE finding_owners ADD COLUMN fixed_at INTEGER;
ALTER TABLE finding_owners ADD COLUMN sla_due INTEGER;
UPDATE finding_owners AS o SET status = f.status, severity = f.severity, rule_id = f.rule_id, first_seen = f.first_seen,
  fixed_at = f.fixed_at, sla_due = f.sla_due
FROM findings AS f WHERE f.id = o.finding_id;
DROP INDEX findings_team_page;
