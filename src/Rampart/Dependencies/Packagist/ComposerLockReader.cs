using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Packagist;

/// <summary>
/// PHP Composer's <c>composer.lock</c>: <c>packages</c>, and <c>packages-dev</c> as development packages. The
/// lock does not say which are direct (that is in <c>composer.json</c>).
/// </summary>
public sealed class ComposerLockReader : ILockfileReader
{
    public string Format => "composer.lock";

    public bool Accepts(string fileName) => fileName == "composer.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockJson.ParseObject(content, Format);

        var packages = new List<InventoryPackage>();
        foreach (var (section, dev) in new[] { ("packages", false), ("packages-dev", true) })
        {
            foreach (var entry in root[section]?.Items ?? [])
            {
                if (entry.String("name") is { } name && entry.String("version") is { } version)
                {
                    packages.Add(new InventoryPackage(Ecosystem.Packagist, name, version, entry.Line) { Dev = dev });
                }
            }
        }

        return new LockfileInventory(path, Format, packages);
    }
}
