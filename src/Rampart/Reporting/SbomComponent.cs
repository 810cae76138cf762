using System.Security.Cryptography;
using System.Text;
using Rampart.Dependencies.Inventory;

namespace Rampart.Reporting;

/// <summary>
/// One package of the SBOM formats: the packages of every lockfile of the report, one per package URL, in the order
/// of their URLs, with every place that declares them. A package is a development one only when every place says so,
/// and direct when any place does.
/// </summary>
internal sealed record SbomComponent(InventoryPackage Package, IReadOnlyList<(string Path, int Line)> Occurrences, bool Dev, DependencyRelation Relation)
{
    /// <summary><c>direct</c>, <c>transitive</c> or <c>unknown</c>.</summary>
    public string RelationName => Relation switch
    {
        DependencyRelation.Direct => "direct",
        DependencyRelation.Transitive => "transitive",
        _ => "unknown",
    };

    public static IReadOnlyList<SbomComponent> Of(ScanReport report) =>
        [.. report.Inventory
            .SelectMany(inventory => inventory.Packages.Select(package => (inventory.Path, Package: package)))
            .GroupBy(entry => entry.Package.Purl, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new SbomComponent(
                group.First().Package,
                [.. group.Select(entry => (entry.Path, entry.Package.Line)).Distinct().OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Line)],
                group.All(entry => entry.Package.Dev),
                group.Any(entry => entry.Package.Relation == DependencyRelation.Direct) ? DependencyRelation.Direct
                    : group.Any(entry => entry.Package.Relation == DependencyRelation.Transitive) ? DependencyRelation.Transitive : DependencyRelation.Unknown))];

    /// <summary>
    /// A UUID (version 5 layout) from the SHA-256 of the target and the package URLs: the same scan gives the same
    /// document, and another repository or another set of packages gives another.
    /// </summary>
    public static Guid Identity(ScanReport report, IReadOnlyList<SbomComponent> components)
    {
        var text = new StringBuilder(report.Target).Append('\n');
        foreach (var component in components)
        {
            text.Append(component.Package.Purl).Append('\n');
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
