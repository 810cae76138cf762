using System.Text;
using Dapper;
using Rampart.Store.Data;

namespace Rampart.Store.Queries;

/// <summary>Reads of the store. Every value of a filter is a parameter; the SQL text is made of constant fragments only.</summary>
public sealed class FindingQueries
{
    private const long Day = 86_400_000L;

    private const string Select =
        "SELECT f.id, r.name AS repository, b.name AS branch, f.fingerprint, f.rule_id, f.category, f.severity, f.title, f.message, f.path, " +
        "f.line, f.col, f.responsibility, f.owners, f.status, f.status_reason, f.first_seen, f.last_seen, f.fixed_at, f.sla_due " +
        "FROM findings f JOIN branches b ON b.id = f.branch_id JOIN repositories r ON r.id = b.repository_id";

    private readonly Dialect dialect;
    private readonly TimeProvider clock;

    internal FindingQueries(Dialect dialect, TimeProvider clock)
    {
        this.dialect = dialect;
        this.clock = clock;
    }

    public async Task<FindingPage> FindingsAsync(FindingFilter filter, CancellationToken cancellation = default)
    {
        var limit = Math.Clamp(filter.Limit, 1, FindingFilter.MaxLimit);
        var (where, parameters) = Where(filter);
        parameters.Add("after", filter.After);
        parameters.Add("take", limit + 1);
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<FindingRow>($"{Select} WHERE f.id > @after{where} ORDER BY f.id LIMIT @take", parameters).ConfigureAwait(false)).ToList();
        var now = Now();
        var items = rows.Take(limit).Select(r => r.ToFinding(now)).ToList();
        return new FindingPage(items, rows.Count > limit ? items[^1].Id : null);
    }

    public async Task<FindingDetail?> FindingAsync(long id, CancellationToken cancellation = default)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<FindingRow>($"{Select} WHERE f.id = @id", new { id }).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var history = await connection.QueryAsync<(long At, string? From, string To, long? ScanId)>(
            "SELECT at, from_status, to_status, scan_id FROM finding_events WHERE finding_id = @id ORDER BY at, id", new { id }).ConfigureAwait(false);
        return new FindingDetail(row.ToFinding(Now()), [.. history.Select(h => new FindingEvent(DateTimeOffset.FromUnixTimeMilliseconds(h.At), h.From, h.To, h.ScanId))]);
    }

    /// <summary>Whether <paramref name="team"/> (lower-case) owns finding <paramref name="id"/>.</summary>
    public async Task<bool> OwnsAsync(string team, long id, CancellationToken cancellation = default)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM finding_owners WHERE owner = @team AND finding_id = @id", new { team, id }).ConfigureAwait(false) > 0;
    }

    /// <summary>Every owner (team or handle) with open findings, or only <paramref name="team"/>.</summary>
    public async Task<IReadOnlyList<TeamCounts>> TeamsAsync(string? team, CancellationToken cancellation = default)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Owner, string Severity, long Open, long Overdue)>(
            "SELECT o.owner, f.severity, COUNT(*), SUM(CASE WHEN f.sla_due < @now THEN 1 ELSE 0 END) FROM finding_owners o " +
            "JOIN findings f ON f.id = o.finding_id WHERE f.status IN ('open', 'reopened')" + (team is null ? "" : " AND o.owner = @team") +
            " GROUP BY o.owner, f.severity", new { now = Now(), team }).ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.Owner, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var counts = StoreValues.Severities.ToDictionary(s => s, s => (int)g.Where(r => r.Severity == s).Sum(r => r.Open));
            return new TeamCounts(g.Key, counts, counts.Values.Sum(), (int)g.Sum(r => r.Overdue));
        })];
    }

    /// <summary>
    /// Open findings at the end of each of the last <paramref name="days"/> UTC days, by severity: those first seen by then
    /// and not fixed by then, counted from <c>first_seen</c> and <c>fixed_at</c> (waived and baselined findings left out).
    /// </summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendsAsync(FindingFilter filter, int days, CancellationToken cancellation = default)
    {
        var (where, parameters) = Where(filter with { Statuses = [] });
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        var opened = await connection.QueryAsync<(string Severity, long Day, long Count)>(
            $"SELECT f.severity, f.first_seen / {Day} AS d, COUNT(*) FROM findings f JOIN branches b ON b.id = f.branch_id " +
            $"JOIN repositories r ON r.id = b.repository_id WHERE f.status NOT IN ('waived', 'baselined'){where} GROUP BY f.severity, f.first_seen / {Day}",
            parameters).ConfigureAwait(false);
        var fixedRows = await connection.QueryAsync<(string Severity, long Day, long Count)>(
            $"SELECT f.severity, f.fixed_at / {Day} AS d, COUNT(*) FROM findings f JOIN branches b ON b.id = f.branch_id " +
            $"JOIN repositories r ON r.id = b.repository_id WHERE f.fixed_at IS NOT NULL AND f.status = 'fixed'{where} GROUP BY f.severity, f.fixed_at / {Day}",
            parameters).ConfigureAwait(false);
        var today = Now() / Day;
        var points = new List<TrendPoint>(days);
        for (var d = today - days + 1; d <= today; d++)
        {
            var day = d;
            var counts = StoreValues.Severities.ToDictionary(s => s, s =>
                (int)(opened.Where(o => o.Severity == s && o.Day <= day).Sum(o => o.Count) - fixedRows.Where(o => o.Severity == s && o.Day <= day).Sum(o => o.Count)));
            points.Add(new TrendPoint(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(day * Day).UtcDateTime), counts));
        }

        return points;
    }

    private static (string Where, DynamicParameters Parameters) Where(FindingFilter filter)
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters();
        if (filter.Team is { } team)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM finding_owners o WHERE o.owner = @team AND o.finding_id = f.id)");
            parameters.Add("team", team.ToLowerInvariant());
        }

        void List(string column, string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                // Expanded here rather than by Dapper, which hands Npgsql a whole array for IN.
                sql.Append(" AND f.").Append(column).Append(" IN (");
                for (var i = 0; i < values.Count; i++)
                {
                    var parameter = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(i == 0 ? "@" : ", @").Append(parameter);
                    parameters.Add(parameter, values[i]);
                }

                sql.Append(')');
            }
        }

        List("severity", "severities", filter.Severities);
        List("status", "statuses", filter.Statuses);
        List("category", "categories", filter.Categories);
        if (filter.Repository is { } repository)
        {
            sql.Append(" AND r.name = @repository");
            parameters.Add("repository", repository);
        }

        if (filter.Branch is { } branch)
        {
            sql.Append(" AND b.name = @branch");
            parameters.Add("branch", branch);
        }

        return (sql.ToString(), parameters);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
