namespace Rampart.Dependencies.Osv;

/// <summary>An OSV range: <c>SEMVER</c>, <c>ECOSYSTEM</c> or <c>GIT</c>, with its events in record order.</summary>
public sealed record OsvRange(string Type, IReadOnlyList<OsvEvent> Events)
{
    public const string SemVer = "SEMVER";
    public const string EcosystemType = "ECOSYSTEM";
    public const string Git = "GIT";
}
