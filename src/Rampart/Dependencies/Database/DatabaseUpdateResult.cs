namespace Rampart.Dependencies.Database;

/// <summary>
/// The outcome of <c>rampart db update</c>: each ecosystem's import, the ecosystems whose earlier data was kept (not
/// asked for, or failed this time), and an error that stopped the whole update (a bad source); the database file.
/// </summary>
public sealed record DatabaseUpdateResult(string DatabasePath, IReadOnlyList<EcosystemImport> Imports)
{
    public IReadOnlyList<string> Kept { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>
    /// Why the database there before could not be read (written by another version of Rampart, or damaged), when it
    /// could not: it is replaced by the new one, and none of its data is kept.
    /// </summary>
    public string? Replaced { get; init; }

    /// <summary>True when nothing failed: the whole update and every ecosystem.</summary>
    public bool Succeeded => Error is null && Imports.All(i => i.Succeeded);
}
