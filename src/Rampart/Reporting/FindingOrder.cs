using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The one order reports list findings in, so that the same scan always gives the same bytes: by path, line,
/// column and rule id, then by whatever else tells two findings apart. Comparisons are ordinal.
/// </summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    /// <summary>Findings in report order (a new list; the input is left as it is).</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => [.. findings.Order(Instance)];

    /// <summary>Findings most severe first, and in report order within one severity.</summary>
    public static IReadOnlyList<Finding> MostSevereFirst(IEnumerable<Finding> findings) =>
        [.. findings.OrderByDescending(finding => finding.Severity).ThenBy(finding => finding, Instance)];

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (order == 0) { order = x.Location.Line.CompareTo(y.Location.Line); }
        if (order == 0) { order = x.Location.Column.CompareTo(y.Location.Column); }
        if (order == 0) { order = string.CompareOrdinal(x.RuleId, y.RuleId); }
        if (order == 0) { order = x.Location.EndLine.CompareTo(y.Location.EndLine); }
        if (order == 0) { order = x.Location.EndColumn.CompareTo(y.Location.EndColumn); }
        if (order == 0) { order = string.CompareOrdinal(x.Resource?.Identity, y.Resource?.Identity); }
        if (order == 0) { order = string.CompareOrdinal(x.Fingerprint, y.Fingerprint); }
        if (order == 0) { order = string.CompareOrdinal(x.Message, y.Message); }
        if (order == 0) { order = x.Status.CompareTo(y.Status); }
        return order;
    }
}
