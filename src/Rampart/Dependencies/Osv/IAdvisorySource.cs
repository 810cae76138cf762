namespace Rampart.Dependencies.Osv;

/// <summary>Where OSV records come from: the local database, or a directory of OSV JSON files.</summary>
public interface IAdvisorySource
{
    /// <summary>The records that affect any of the given packages (ecosystem as OSV names it, name as the inventory normalizes it).</summary>
    IReadOnlyList<OsvRecord> RecordsFor(IReadOnlyCollection<(string Ecosystem, string Name)> packages);

    /// <summary>When the data was imported or last updated; null when unknown.</summary>
    DateTimeOffset? UpdatedAt { get; }
}
