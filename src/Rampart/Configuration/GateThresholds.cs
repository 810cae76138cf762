using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// When a gate fails: an open finding at or above <see cref="FailOn"/>, or at or above the threshold of its
/// category in <see cref="Categories"/> (which wins over <see cref="FailOn"/> for that category). A null
/// threshold never fails.
/// </summary>
public sealed record GateThresholds(Severity? FailOn, IReadOnlyDictionary<Category, Severity?> Categories)
{
    public static GateThresholds None { get; } = new(null, new Dictionary<Category, Severity?>());

    public bool IsSet => FailOn is not null || Categories.Count > 0;

    public Severity? ThresholdFor(Category category) =>
        Categories.TryGetValue(category, out var specific) ? specific : FailOn;

    public bool Fails(Finding finding) =>
        finding.Status == FindingStatus.Open && ThresholdFor(finding.Category) is { } threshold && finding.Severity >= threshold;
}
