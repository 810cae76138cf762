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
    private readonly List<(string Severity, long Opened, long? Closed, long Count)> spans = [];

    public IReadOnlyList<(string Severity, long Opened, long? Closed, long Count)> Spans => spans;

    public void Add(long id, string severity, string ruleId, string status, long firstSeen, long? fixedAt, long? slaDue)
    {
        spans.Add((severity, firstSeen / DashboardQueries.Day, status == "fixed" && fixedAt is { } f ? f / DashboardQueries.Day : null, 1));
        if (status is not ("open" or "reopened"))
        {
            return;
        }

        var s = Index(severity);
        if (s >= 0)
        {
            open[s]++;
            overdue[s] += slaDue < now ? 1 : 0;
        }

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

    private static readonly Dictionary<string, int> Order =
        StoreValues.Severities.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);

    private static int Index(string severity) => Order.TryGetValue(severity, out var i) ? i : -1;
}
