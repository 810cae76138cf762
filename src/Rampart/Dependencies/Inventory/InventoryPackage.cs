namespace Rampart.Dependencies.Inventory;

/// <summary>
/// One package a lockfile resolves: <see cref="Name"/> as the file writes it (Maven as <c>group:artifact</c>),
/// <see cref="NormalizedName"/> as the ecosystem compares names, the exact version, whether it is direct and only
/// for development, its package URL and the line that declares it.
/// </summary>
public sealed record InventoryPackage(string Ecosystem, string Name, string Version, int Line)
{
    public DependencyRelation Relation { get; init; } = DependencyRelation.Unknown;

    /// <summary>Only needed to develop or test the project (npm <c>dev</c>, Maven <c>test</c> scope, …).</summary>
    public bool Dev { get; init; }

    public string NormalizedName => PackageNames.Normalize(Ecosystem, Name);

    public string Purl => PackageUrl.For(Ecosystem, Name, Version);
}
