using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Rampart.Store.Data;

namespace Rampart.Store.Ingest;

/// <summary>
/// Stores one uploaded report as a scan of a repository's branch, in one write transaction that holds the branch's
/// lock: findings are upserted by fingerprint, those of earlier scans this one lacks become fixed, fixed ones that
/// come back are reopened, and every status change is written to <c>finding_events</c>. The same report for the same
/// branch (same SHA-256 of its bytes) is recognised and changes nothing. A scan that is not complete (admission
/// decisions, observed one object at a time) fixes nothing it lacks.
/// </summary>
internal static class ScanIngest
{
    private const string FindingColumns =
        "branch_id, fingerprint, rule_id, category, severity, title, message, path, line, col, responsibility, owners, status, status_reason, first_seen, last_seen, fixed_at, sla_due, last_scan_id";

    private const string Upsert =
        "ON CONFLICT (branch_id, fingerprint) DO UPDATE SET rule_id = excluded.rule_id, category = excluded.category, " +
        "severity = excluded.severity, title = excluded.title, message = excluded.message, path = excluded.path, line = excluded.line, " +
        "col = excluded.col, responsibility = excluded.responsibility, owners = excluded.owners, status = excluded.status, " +
        "status_reason = excluded.status_reason, last_seen = excluded.last_seen, fixed_at = NULL, sla_due = excluded.sla_due, " +
        "last_scan_id = excluded.last_scan_id";

    /// <summary>The team page's columns kept beside each owner row (migration 0003), as in <c>findings</c>.</summary>
    private const string OwnerPageColumns = "status, severity, rule_id, first_seen, fixed_at, sla_due";

    /// <summary>The same columns read from the findings table aliased <c>f</c>.</summary>
    private static readonly string OwnerPageColumnsOfFindings = string.Join(", ", OwnerPageColumns.Split(", ").Select(c => "f." + c));

    /// <summary>Copies the page's columns of this scan's findings to their owner rows where they differ.</summary>
    private const string SyncOwners =
        "UPDATE finding_owners AS o SET status = f.status, severity = f.severity, rule_id = f.rule_id, first_seen = f.first_seen, " +
        "fixed_at = f.fixed_at, sla_due = f.sla_due FROM findings AS f " +
        "WHERE f.id = o.finding_id AND f.branch_id = @branchId AND f.last_scan_id = @scanId AND (o.status IS DISTINCT FROM f.status " +
        "OR o.severity IS DISTINCT FROM f.severity OR o.rule_id IS DISTINCT FROM f.rule_id OR o.first_seen IS DISTINCT FROM f.first_seen " +
        "OR o.fixed_at IS DISTINCT FROM f.fixed_at OR o.sla_due IS DISTINCT FROM f.sla_due)";

    public static async Task<IngestResult> RunAsync(Dialect dialect, StoreOptions options, ScanTarget target, IncomingReport report, bool complete, long now, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await using var tx = await dialect.BeginWriteAsync(connection, LockKey(target), cancellation).ConfigureAwait(false);
        var branchId = await BranchId(connection, tx, target).ConfigureAwait(false);
        var existingScan = await connection.QuerySingleOrDefaultAsync<long?>(
            "SELECT id FROM scans WHERE branch_id = @branchId AND report_hash = @hash", new { branchId, hash = report.Hash }, tx).ConfigureAwait(false);
        if (existingScan is { } duplicate)
        {
            await tx.CommitAsync(cancellation).ConfigureAwait(false);
            return new IngestResult(duplicate, true, report.Findings.Count, 0, 0, 0, 0);
        }

        var scanId = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO scans (branch_id, report_hash, commit_sha, tool_version, received_at, finding_count) " +
            "VALUES (@branchId, @hash, @commit, @tool, @now, @count) RETURNING id",
            new { branchId, hash = report.Hash, commit = target.Commit, tool = report.ToolVersion, now, count = report.Findings.Count }, tx).ConfigureAwait(false);

        var known = (await connection.QueryAsync<(long Id, string Fingerprint, string Status, long FirstSeen, string Owners)>(
            "SELECT id, fingerprint, status, first_seen, owners FROM findings WHERE branch_id = @branchId", new { branchId }, tx).ConfigureAwait(false))
            .ToDictionary(f => f.Fingerprint, StringComparer.Ordinal);

        var rows = new List<object?[]>(report.Findings.Count);
        var changes = new List<(string Fingerprint, string? From, string To)>();
        var ownersToWrite = new List<IncomingFinding>();
        int created = 0, reopened = 0;
        foreach (var f in report.Findings)
        {
            var owners = string.Join('\n', f.Owners);
            var incoming = f.Status switch { "suppressed" => "waived", var s => s };
            string status;
            long firstSeen;
            bool ownersChanged;
            if (known.TryGetValue(f.Fingerprint, out var old))
            {
                firstSeen = old.FirstSeen;
                status = incoming == "open" && old.Status is "fixed" or "reopened" ? "reopened" : incoming;
                reopened += old.Status == "fixed" && status == "reopened" ? 1 : 0;
                if (status != old.Status)
                {
                    changes.Add((f.Fingerprint, old.Status, status));
                }

                ownersChanged = owners != old.Owners;
            }
            else
            {
                firstSeen = now;
                status = incoming;
                created++;
                changes.Add((f.Fingerprint, null, status));
                ownersChanged = true;
            }

            rows.Add([branchId, f.Fingerprint, f.RuleId, f.Category, f.Severity, f.Title, f.Message, f.Path, f.Line, f.Column,
                f.Responsibility, owners, status, f.StatusReason, firstSeen, now, null, options.DueAt(f.Severity, firstSeen), scanId]);
            if (ownersChanged)
            {
                ownersToWrite.Add(f);
            }
        }

        await BatchInsert.RunAsync(connection, tx, $"INSERT INTO findings ({FindingColumns}) VALUES", Upsert, 19, rows, cancellation).ConfigureAwait(false);

        var fixedCount = complete ? await FixAbsent(connection, tx, branchId, scanId, now).ConfigureAwait(false) : 0;

        if (changes.Count > 0 || ownersToWrite.Count > 0)
        {
            var ids = (await connection.QueryAsync<(long Id, string Fingerprint)>(
                "SELECT id, fingerprint FROM findings WHERE branch_id = @branchId AND last_scan_id = @scanId", new { branchId, scanId }, tx).ConfigureAwait(false))
                .ToDictionary(f => f.Fingerprint, f => f.Id, StringComparer.Ordinal);
            await WriteOwners(connection, tx, ids, ownersToWrite, known, cancellation).ConfigureAwait(false);
            await BatchInsert.RunAsync(connection, tx, "INSERT INTO finding_events (finding_id, scan_id, at, from_status, to_status) VALUES", "", 5,
                [.. changes.Select(c => new object?[] { ids[c.Fingerprint], scanId, now, c.From, c.To })], cancellation).ConfigureAwait(false);
        }

        if (known.Count > 0)
        {
            // Findings seen before may have changed status, severity, rule, due date or fixed time in the upsert.
            await connection.ExecuteAsync(SyncOwners, new { branchId, scanId }, tx).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellation).ConfigureAwait(false);
        return new IngestResult(scanId, false, report.Findings.Count, created, fixedCount, reopened, changes.Count - created);
    }

    /// <summary>Marks fixed (with an event each) the branch's findings that scan <paramref name="scanId"/> lacks.</summary>
    private static async Task<int> FixAbsent(DbConnection connection, DbTransaction tx, long branchId, long scanId, long now)
    {
        // The branch's findings this scan lacks: events, owner rows and findings are written for the same set.
        const string Absent = "branch_id = @branchId AND last_scan_id <> @scanId AND status <> 'fixed'";
        var gone = new { branchId, scanId, now };
        await connection.ExecuteAsync(
            $"INSERT INTO finding_events (finding_id, scan_id, at, from_status, to_status) SELECT id, @scanId, @now, status, 'fixed' FROM findings WHERE {Absent}",
            gone, tx).ConfigureAwait(false);
        await connection.ExecuteAsync($"UPDATE finding_owners SET status = 'fixed', fixed_at = @now WHERE finding_id IN (SELECT id FROM findings WHERE {Absent})",
            gone, tx).ConfigureAwait(false);
        return await connection.ExecuteAsync($"UPDATE findings SET status = 'fixed', fixed_at = @now WHERE {Absent}",
            gone, tx).ConfigureAwait(false);
    }

    private static async Task WriteOwners(DbConnection connection, DbTransaction tx, Dictionary<string, long> ids, List<IncomingFinding> findings,
        Dictionary<string, (long Id, string Fingerprint, string Status, long FirstSeen, string Owners)> known, CancellationToken cancellation)
    {
        var replaced = findings.Where(f => known.ContainsKey(f.Fingerprint)).Select(f => ids[f.Fingerprint]).ToList();
        foreach (var chunk in replaced.Chunk(500))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add("i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), chunk[i]);
            }

            var list = string.Join(", ", Enumerable.Range(0, chunk.Length).Select(i => "@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await connection.ExecuteAsync($"DELETE FROM finding_owners WHERE finding_id IN ({list})", parameters, tx).ConfigureAwait(false);
        }

        // The page's columns are copied from the rows the upsert just wrote, in the same statement: only the owner and
        // the finding's id travel as parameters (eight parameters a row made PostgreSQL's uploads half as slow again).
        var rows = findings.SelectMany(f => f.Owners.Select(o => new object?[] { o, ids[f.Fingerprint] })).ToList();
        await BatchInsert.RunAsync(connection, tx,
            $"INSERT INTO finding_owners (owner, finding_id, {OwnerPageColumns}) SELECT v.column1, f.id, {OwnerPageColumnsOfFindings} FROM (VALUES",
            ") AS v JOIN findings AS f ON f.id = v.column2", 2, rows, cancellation).ConfigureAwait(false);
    }

    private static async Task<long> BranchId(DbConnection connection, DbTransaction tx, ScanTarget target)
    {
        await connection.ExecuteAsync("INSERT INTO repositories (name) VALUES (@name) ON CONFLICT (name) DO NOTHING", new { name = target.Repository }, tx).ConfigureAwait(false);
        var repositoryId = await connection.QuerySingleAsync<long>("SELECT id FROM repositories WHERE name = @name", new { name = target.Repository }, tx).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO branches (repository_id, name) VALUES (@repositoryId, @name) ON CONFLICT (repository_id, name) DO NOTHING",
            new { repositoryId, name = target.Branch }, tx).ConfigureAwait(false);
        return await connection.QuerySingleAsync<long>(
            "SELECT id FROM branches WHERE repository_id = @repositoryId AND name = @name", new { repositoryId, name = target.Branch }, tx).ConfigureAwait(false);
    }

    /// <summary>The branch's lock: the first 8 bytes of SHA-256 over repository and branch.</summary>
    private static long LockKey(ScanTarget target) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(target.Repository + "\n" + target.Branch)), 0);
}
