using System.Data.Common;
using System.Globalization;
using Dapper;
using Rampart.Store.Data;
using Rampart.Store.Queries;

namespace Rampart.Store.Dashboard;

/// <summary>
/// The reads of a team's page: one walk over the team's rows of <c>finding_owners</c>, which hold each finding's few
/// counted columns beside the owner (migration 0003; SQLite keeps the table in (owner, finding_id) order, PostgreSQL
/// reads the covering index <c>finding_owners_team_page</c>), then the newest findings by id. The cost follows the
/// team's findings, not the whole store.
/// </summary>
internal sealed class DashboardQueries(Dialect dialect, TimeProvider clock)
{
    public const int TopRuleCount = 10;
    public const int NewestCount = 25;

    internal const long Day = 86_400_000L;

    /// <summary>How much of a SQLite file the team page maps into memory (the OS shares the pages; nothing is copied).</summary>
    private const long MapBytes = 1L << 30;

    /// <summary>The severity's position in <see cref="StoreValues.Severities"/>, -1 for none of them.</summary>
    private const string SeverityNumber =
        "CASE o.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 WHEN 'info' THEN 4 ELSE -1 END";

    /// <summary>1 open (or reopened), 2 fixed, 0 anything else.</summary>
    private const string StatusNumber = "CASE WHEN o.status IN ('open', 'reopened') THEN 1 WHEN o.status = 'fixed' THEN 2 ELSE 0 END";

    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<TeamDashboard> TeamAsync(string team, int days, CancellationToken cancellation)
    {
        var now = Now();
        var tally = new TeamTally(now, NewestCount);
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);

        // One pass over the team's owner rows (waived and baselined findings count nowhere on the page), severity and
        // status as small numbers. On SQLite the file is memory-mapped so that pages already in the OS cache are not
        // copied again.
        var sqlite = dialect.Kind == DialectKind.Sqlite;
        if (sqlite)
        {
            await connection.ExecuteAsync($"PRAGMA mmap_size = {MapBytes}").ConfigureAwait(false);
        }

        await using (var reader = await connection.ExecuteReaderAsync(
            $"SELECT o.finding_id, {SeverityNumber}, o.rule_id, {StatusNumber}, o.first_seen, o.fixed_at, o.sla_due " +
            "FROM finding_owners o WHERE o.owner = @team AND o.status NOT IN ('waived', 'baselined')",
            new { team }).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                tally.Add(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(3) == 1 ? reader.GetString(2) : null, reader.GetInt32(3),
                    reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6));
            }
        }

        var newest = await NewestAsync(connection, tally.NewestIds()).ConfigureAwait(false);
        return new TeamDashboard(team, tally.Severities(), Trend(tally.Spans, now / Day, days), tally.TopRules(TopRuleCount), newest);
    }

    /// <summary>The commit of the scan that last saw finding <paramref name="id"/> (null when unknown or its scan is gone).</summary>
    public async Task<string?> CommitOfAsync(long id, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT s.commit_sha FROM findings f JOIN scans s ON s.id = f.last_scan_id WHERE f.id = @id", new { id }).ConfigureAwait(false);
    }

    /// <summary>The findings <paramref name="ids"/> (newest first, as given) with repository, branch and commit.</summary>
    private static async Task<IReadOnlyList<NewestFinding>> NewestAsync(DbConnection connection, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var parameters = new DynamicParameters();
        var names = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            names.Add("@i" + i.ToString(CultureInfo.InvariantCulture));
            parameters.Add(names[^1][1..], ids[i]);
        }

        var rows = (await connection.QueryAsync<NewestFinding>(
            "SELECT f.id, r.name AS repository, b.name AS branch, s.commit_sha, f.rule_id, f.severity, f.message, f.path, f.line, f.first_seen, f.sla_due " +
            "FROM findings f JOIN branches b ON b.id = f.branch_id JOIN repositories r ON r.id = b.repository_id " +
            $"LEFT JOIN scans s ON s.id = f.last_scan_id WHERE f.id IN ({string.Join(", ", names)})", parameters).ConfigureAwait(false))
            .ToDictionary(r => r.Id);
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>Counts per day from opening and closing days: a running sum of the changes, one pass over days and rows.</summary>
    internal static IReadOnlyList<TrendPoint> Trend(IEnumerable<(string Severity, long Opened, long? Closed, long Count)> spans, long today, int days)
    {
        var first = today - days + 1;
        var index = StoreValues.Severities.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var before = new long[index.Count];
        var change = new long[days, index.Count];
        foreach (var (severity, opened, closed, count) in spans)
        {
            if (!index.TryGetValue(severity, out var s))
            {
                continue;
            }

            Add(s, opened, count);
            if (closed is { } c)
            {
                Add(s, c, -count);
            }
        }

        var points = new List<TrendPoint>(days);
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < before.Length; s++)
            {
                before[s] += change[d, s];
            }

            var counts = StoreValues.Severities.ToDictionary(x => x, x => (int)before[index[x]], StringComparer.Ordinal);
            points.Add(new TrendPoint(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds((first + d) * Day).UtcDateTime), counts));
        }

        return points;

        void Add(int severity, long day, long count)
        {
            if (day < first)
            {
                before[severity] += count;
            }
            else if (day <= today)
            {
                change[day - first, severity] += count;
            }
        }
    }
}
