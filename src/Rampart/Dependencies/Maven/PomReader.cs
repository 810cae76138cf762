using System.Xml.Linq;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Maven;

/// <summary>
/// Maven's <c>pom.xml</c>: the dependencies the project declares (<c>group:artifact</c> and version), with
/// <c>${property}</c> references resolved from the file's <c>properties</c> and the project's (or parent's)
/// coordinates, and missing versions taken from its own <c>dependencyManagement</c>. Parent POMs and imported
/// BOMs are not fetched: a version only they would give is reported as unresolved. <c>test</c> scope is dev.
/// </summary>
public sealed class PomReader : ILockfileReader
{
    public string Format => "pom.xml";

    public bool Accepts(string fileName) => fileName == "pom.xml";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var document = LockXml.Load(content);
        var project = document.Root;
        if (project is null || project.Name.LocalName != "project")
        {
            throw new LockfileFormatException(project is null ? 1 : LockXml.Line(project), "a pom.xml has a <project> root element");
        }

        var properties = Properties(project);
        var managed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dependency in Dependencies(Element(project, "dependencyManagement")))
        {
            if (Coordinates(dependency, properties) is var (name, _) && Resolve(LockXml.Child(dependency, "version"), properties) is { } version)
            {
                managed.TryAdd(name, version);
            }
        }

        var packages = new List<InventoryPackage>();
        var unresolved = new List<UnresolvedPackage>();
        foreach (var dependency in Dependencies(project))
        {
            if (Coordinates(dependency, properties) is not var (name, scope))
            {
                continue;
            }

            var line = LockXml.Line(dependency);
            var written = LockXml.Child(dependency, "version");
            var version = written is null ? managed.GetValueOrDefault(name) : Resolve(written, properties);
            if (version is null || version.IndexOfAny(['[', '(', ',']) >= 0)
            {
                unresolved.Add(new UnresolvedPackage(Ecosystem.Maven, name, written ?? "", line,
                    written is null ? "no version here (a parent or imported BOM would give it)" : "the version is a range or an undefined property"));
                continue;
            }

            packages.Add(new InventoryPackage(Ecosystem.Maven, name, version, line) { Relation = DependencyRelation.Direct, Dev = scope == "test" });
        }

        return new LockfileInventory(path, Format, packages) { Unresolved = unresolved };
    }

    private static Dictionary<string, string> Properties(XElement project)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = Element(project, "parent");
        foreach (var field in new[] { "groupId", "artifactId", "version" })
        {
            if (parent is not null && LockXml.Child(parent, field) is { } inherited)
            {
                properties["project.parent." + field] = inherited;
                properties["project." + field] = inherited;
            }

            if (LockXml.Child(project, field) is { } own)
            {
                properties["project." + field] = own;
            }

            if (properties.TryGetValue("project." + field, out var value))
            {
                properties["pom." + field] = value;
                properties[field] = value;
            }
        }

        foreach (var property in Element(project, "properties")?.Elements() ?? [])
        {
            properties[property.Name.LocalName] = property.Value.Trim();
        }

        return properties;
    }

    private static IEnumerable<XElement> Dependencies(XElement? owner) =>
        Element(owner, "dependencies")?.Elements().Where(e => e.Name.LocalName == "dependency") ?? [];

    private static XElement? Element(XElement? owner, string name) => owner?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static (string Name, string Scope)? Coordinates(XElement dependency, Dictionary<string, string> properties)
    {
        var group = Resolve(LockXml.Child(dependency, "groupId"), properties);
        var artifact = Resolve(LockXml.Child(dependency, "artifactId"), properties);
        var scope = LockXml.Child(dependency, "scope") ?? "compile";
        return string.IsNullOrEmpty(group) || string.IsNullOrEmpty(artifact) || scope == "import" ? null : (group + ":" + artifact, scope);
    }

    /// <summary>The value with every <c>${name}</c> replaced; null when one stays undefined.</summary>
    private static string? Resolve(string? value, Dictionary<string, string> properties) =>
        value is null ? null : PropertyReferences.Expand(value.Trim(), "${", '}', properties) is { Length: > 0 } resolved ? resolved : null;
}
