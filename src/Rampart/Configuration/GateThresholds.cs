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

    /// <summary>The gate of a scan that configures none: fail on high and above.</summary>
    public static GateThresholds Default { get; } = new(Severity.High, new Dictionary<Category, Severity?>());

    /// <summary>
    /// Whether <see cref="FailOn"/> was given. <c>failOn: none</c> gives it as null, which is not the same as
    /// leaving it out: a gate that leaves it out takes it from the gate it refines (<see cref="Over"/>).
    /// </summary>
    public bool FailOnGiven { get; init; } = FailOn is not null;

    public bool IsSet => FailOnGiven || Categories.Count > 0;

    public Severity? ThresholdFor(Category category) =>
        Categories.TryGetValue(category, out var specific) ? specific : FailOn;

    public bool Fails(Finding finding) =>
        finding.Status == FindingStatus.Open && ThresholdFor(finding.Category) is { } threshold && finding.Severity >= threshold;

    /// <summary>
    /// This gate refining <paramref name="fallback"/>: what this gate gives (its <see cref="FailOn"/>, if given,
    /// and each of its categories) wins; what it leaves out comes from <paramref name="fallback"/>. A team's
    /// gate refines the default gate this way, and the default gate refines <see cref="Default"/>.
    /// </summary>
    public GateThresholds Over(GateThresholds fallback)
    {
        var categories = new Dictionary<Category, Severity?>(fallback.Categories);
        foreach (var (category, threshold) in Categories)
        {
            categories[category] = threshold;
        }

        return FailOnGiven
            ? new GateThresholds(FailOn, categories) { FailOnGiven = true }
            : new GateThresholds(fallback.FailOn, categories) { FailOnGiven = fallback.FailOnGiven };
    }
}
