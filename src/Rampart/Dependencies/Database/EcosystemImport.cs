namespace Rampart.Dependencies.Database;

/// <summary>
/// What one ecosystem's update gave: the records imported from <see cref="Source"/>, the entries skipped as not JSON,
/// the invalid records (named by file, the first <see cref="ImportTally.MaxNamed"/>), or the error that kept its
/// previous data in place.
/// </summary>
public sealed record EcosystemImport(string Ecosystem, string Source)
{
    public int Records { get; init; }

    public int Skipped { get; init; }

    public int InvalidCount { get; init; }

    public IReadOnlyList<string> Invalid { get; init; } = [];

    public string? Error { get; init; }

    public bool Succeeded => Error is null;
}
