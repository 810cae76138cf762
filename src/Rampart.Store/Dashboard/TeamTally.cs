namespace Rampart.Store.Dashboard;

/// <summary>
/// Counts a team's findings as they are read, once each: open and overdue per severity, open per rule, the opening
/// and closing day of each (for the trend), and the newest open ones (a heap of <c>newest</c> entries).
/// </summary>
internal sealed class TeamTally(long now, int newest)
{
    private readonly int[] open = new int[StoreValues.Severities.Count];
    private readonly int[] overdue = new int[StoreValues.Severities.Count];
    private readonly Dictionary<string, int> rules = new(StringComparer.Ordinal);
    private readonly PriorityQueue<long, (long FirstSeen, long Id)> heap = new();
    private readonly Dictionary<(int Severity, long Opened, long? Closed), long> spans = [];

    public const int Open = 1;
    public const int Fixed = 2;

    /// <summary>How many findings of each severity opened on a day and closed on a day (null: not closed).</summary>
    public IEnumerable<(string Severity, long Opened, long? Closed, long Count)> Spans =>
        spans.Select(s => (StoreValues.Severities[s.Key.Severity], s.Key.Opened, s.Key.Closed, s.Value));

    /// <summary>
    /// One finding: <paramref name="severity"/> is its position in <see cref="StoreValues.Severities"/> (-1: none),
    /// <paramref name="status"/> <see cref="Open"/>, <see cref="Fixed"/> or 0; the rule matters only for open ones.
    /// </summary>
    public void Add(long id, int severity, string? ruleId, int status, long firstSeen, long? fixedAt, long? slaDue)
    {
        if (severity < 0)
        {
            return;
        }

        var span = (severity, firstSeen / DashboardQueries.Day, status == Fixed && fixedAt is { } f ? f / DashboardQueries.Day : (long?)null);
        spans[span] = spans.GetValueOrDefault(span) + 1;
        if (status != Open || ruleId is null)
        {
            return;
        }

        open[severity]++;
        overdue[severity] += slaDue < now ? 1 : 0;
        rules[ruleId] = rules.GetValueOrDefault(ruleId) + 1;
        if (heap.Count < newest)
        {
            heap.Enqueue(id, (firstSeen, id));
        }
        else if (heap.TryPeek(out _, out var least) && (firstSeen, id).CompareTo(least) > 0)
        {
            heap.DequeueEnqueue(id, (firstSeen, id));
        }
    }

    public IReadOnlyList<SeverityCount> Severities() =>
        [.. StoreValues.Severities.Select((s, i) => new SeverityCount(s, open[i], overdue[i]))];

    public IReadOnlyList<RuleCount> TopRules(int count) =>
        [.. rules.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(count).Select(r => new RuleCount(r.Key, r.Value))];

    /// <summary>The ids of the newest open findings, newest first (by first seen, then id).</summary>
    public IReadOnlyList<long> NewestIds()
    {
        return [.. heap.UnorderedItems.OrderByDescending(e => e.Priority).Select(e => e.Element)];
    }
}
