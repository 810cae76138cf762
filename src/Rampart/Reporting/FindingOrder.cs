using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The one order reports list findings in, so that the same scan always gives the same bytes: by path, line,
/// column and rule id, then by whatever else tells two findings apart. Comparisons are ordinal.
/// </summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    /// <summary>
    /// Findings in report order (the input is left as it is): a list already in order, as the decide stage leaves a
    /// scan's findings, is returned itself, so writing a report of 150,000 findings neither copies nor sorts them again.
    /// </summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings is IReadOnlyList<Finding> list && IsSorted(list) ? list : [.. findings.Order(Instance)];

    /// <summary>Whether every finding of <paramref name="findings"/> comes after or with the one before it.</summary>
    public static bool IsSorted(IReadOnlyList<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Instance.Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

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
        if (order == 0) { order = ResourceRef.CompareIdentity(x.Resource, y.Resource); }
        if (order == 0) { order = x.CompareFingerprint(y); }
        if (order == 0) { order = string.CompareOrdinal(x.Message, y.Message); }
        if (order == 0) { order = x.Status.CompareTo(y.Status); }
        return order;
    }
}
