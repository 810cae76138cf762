namespace Rampart.Findings;

/// <summary>The package a finding is about (dependency vulnerabilities, image packages).</summary>
public sealed record PackageRef(string Ecosystem, string Name, string Version, IReadOnlyList<string> FixedVersions)
{
    /// <summary>The package URL (package-url specification), when the analyzer knows it.</summary>
    public string? Purl { get; init; }
}
