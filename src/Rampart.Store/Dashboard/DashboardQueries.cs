using Dapper;
using Rampart.Store.Data;
using Rampart.Store.Queries;

namespace Rampart.Store.Dashboard;

/// <summary>
/// The reads of a team's page. Each walks the team's rows of <c>finding_owners</c> (its primary key starts with the
/// owner) once and looks the findings up by id, so the cost follows the team's findings, not the whole store.
/// </summary>
internal sealed class DashboardQueries(Dialect dialect, TimeProvider clock)
{
    public const int TopRuleCount = 10;
    public const int NewestCount = 25;

    private const long Day = 86_400_000L;
    private const string TeamFindings = "FROM finding_owners o JOIN findings f ON f.id = o.finding_id WHERE o.owner = @team";
    private const string IsOpen = " AND f.status IN ('open', 'reopened')";

    public long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<TeamDashboard> TeamAsync(string team, int days, CancellationToken cancellation)
    {
        var now = Now();
        var args = new { team, now, take = NewestCount };
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var open = (await connection.QueryAsync<(string Severity, string Rule, long Open, long Overdue)>(
            $"SELECT f.severity, f.rule_id, COUNT(*), SUM(CASE WHEN f.sla_due < @now THEN 1 ELSE 0 END) {TeamFindings}{IsOpen} GROUP BY f.severity, f.rule_id",
            args).ConfigureAwait(false)).ToList();
        var severities = StoreValues.Severities.Select(s =>
            new SeverityCount(s, (int)open.Where(r => r.Severity == s).Sum(r => r.Open), (int)open.Where(r => r.Severity == s).Sum(r => r.Overdue))).ToList();
        var rules = open.GroupBy(r => r.Rule, StringComparer.Ordinal).Select(g => new RuleCount(g.Key, (int)g.Sum(r => r.Open)))
            .OrderByDescending(r => r.Open).ThenBy(r => r.RuleId, StringComparer.Ordinal).Take(TopRuleCount).ToList();

        // Open at the end of day d: not waived or baselined, first seen by d, and not fixed by d.
        var spans = await connection.QueryAsync<(string Severity, long Opened, long? Closed, long Count)>(
            $"SELECT f.severity, f.first_seen / {Day}, CASE WHEN f.status = 'fixed' THEN f.fixed_at / {Day} END, COUNT(*) {TeamFindings} " +
            "AND f.status NOT IN ('waived', 'baselined') GROUP BY 1, 2, 3", args).ConfigureAwait(false);

        var newest = await connection.QueryAsync<NewestFinding>(
            "SELECT f.id, r.name AS repository, b.name AS branch, s.commit_sha, f.rule_id, f.severity, f.message, f.path, f.line, f.first_seen, f.sla_due " +
            "FROM finding_owners o JOIN findings f ON f.id = o.finding_id JOIN branches b ON b.id = f.branch_id JOIN repositories r ON r.id = b.repository_id " +
            $"LEFT JOIN scans s ON s.id = f.last_scan_id WHERE o.owner = @team{IsOpen} ORDER BY f.first_seen DESC, f.id DESC LIMIT @take", args).ConfigureAwait(false);
        return new TeamDashboard(team, severities, Trend(spans, now / Day, days), rules, [.. newest]);
    }

    /// <summary>The commit of the scan that last saw finding <paramref name="id"/> (null when unknown or its scan is gone).</summary>
    public async Task<string?> CommitOfAsync(long id, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT s.commit_sha FROM findings f JOIN scans s ON s.id = f.last_scan_id WHERE f.id = @id", new { id }).ConfigureAwait(false);
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
