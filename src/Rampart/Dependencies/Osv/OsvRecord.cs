namespace Rampart.Dependencies.Osv;

/// <summary>
/// The parts of an OSV record that matching needs: its id and aliases, whether it was withdrawn, what it affects,
/// its summary, its CVSS vectors (<c>severity[].score</c>) and the database's own severity word, if any.
/// </summary>
public sealed record OsvRecord(string Id, IReadOnlyList<OsvAffected> Affected)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public DateTimeOffset? Withdrawn { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> SeverityVectors { get; init; } = [];
    public string? DatabaseSeverity { get; init; }
}
