namespace Rampart.Schemas;

/// <summary>
/// What a pull did: the documents it stored, the API versions the release does not have (HTTP 404), and the
/// errors that kept the cache unchanged (each names its URL).
/// </summary>
public sealed record SchemaPullResult(
    string Version,
    string Directory,
    IReadOnlyList<GroupVersion> Downloaded,
    IReadOnlyList<GroupVersion> NotFound,
    IReadOnlyList<string> Errors)
{
    /// <summary>True when the cache now holds the version's documents.</summary>
    public bool Succeeded => Errors.Count == 0;
}
