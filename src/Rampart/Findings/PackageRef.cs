namespace Rampart.Findings;

/// <summary>The package a finding is about (dependency vulnerabilities, image packages).</summary>
public sealed record PackageRef(string Ecosystem, string Name, string Version, IReadOnlyList<string> FixedVersions);
