namespace Rampart.Store.Queries;

/// <summary>Which findings to list: every set field narrows; severities, statuses and categories are alternatives.</summary>
public sealed record FindingFilter
{
    public const int MaxLimit = 1000;

    public string? Team { get; init; }

    public IReadOnlyList<string> Severities { get; init; } = [];

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Repository { get; init; }

    public string? Branch { get; init; }

    /// <summary>Only findings with an id above this one (the <c>next</c> of the previous page).</summary>
    public long After { get; init; }

    public int Limit { get; init; } = 100;
}
