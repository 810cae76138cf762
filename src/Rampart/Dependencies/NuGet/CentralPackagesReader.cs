using System.Xml.Linq;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.NuGet;

/// <summary>
/// <c>Directory.Packages.props</c> (central package management): every <c>PackageVersion</c> (and
/// <c>GlobalPackageReference</c>) with its <c>Version</c>, <c>$(Property)</c> references resolved from the file's
/// own properties. A version that stays a reference, or a range, is reported as unresolved. All are direct.
/// </summary>
public sealed class CentralPackagesReader : ILockfileReader
{
    public string Format => "Directory.Packages.props";

    public bool Accepts(string fileName) => fileName == "Directory.Packages.props";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var document = LockXml.Load(content);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in document.Descendants().Where(e => e.Name.LocalName == "PropertyGroup"))
        {
            foreach (var property in group.Elements())
            {
                properties[property.Name.LocalName] = property.Value.Trim();
            }
        }

        var packages = new List<InventoryPackage>();
        var unresolved = new List<UnresolvedPackage>();
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName is "PackageVersion" or "GlobalPackageReference"))
        {
            var name = (string?)element.Attribute("Include") ?? (string?)element.Attribute("Update");
            var written = (string?)element.Attribute("Version") ?? LockXml.Child(element, "Version");
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var line = LockXml.Line(element);
            var version = PropertyReferences.Expand(written ?? "", "$(", ')', properties)?.Trim() ?? "$(";
            if (version.Length == 0 || version.IndexOfAny(['$', '[', '(', ',', '*']) >= 0)
            {
                unresolved.Add(new UnresolvedPackage(Ecosystem.NuGet, name, written ?? "", line, version.Length == 0 ? "no version" : "not one exact version"));
                continue;
            }

            packages.Add(new InventoryPackage(Ecosystem.NuGet, name, version, line) { Relation = DependencyRelation.Direct });
        }

        return new LockfileInventory(path, Format, packages) { Unresolved = unresolved };
    }
}
