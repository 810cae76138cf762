using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.PyPI;

/// <summary>
/// Pipenv's <c>Pipfile.lock</c>: <c>default</c> packages, and <c>develop</c> ones as development packages, each
/// with its <c>"version": "==1.2.3"</c>. Entries without a version (VCS or path dependencies) are skipped. The
/// file does not say which packages are direct.
/// </summary>
public sealed class PipfileLockReader : ILockfileReader
{
    public string Format => "Pipfile.lock";

    public bool Accepts(string fileName) => fileName == "Pipfile.lock";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var root = LockJson.ParseObject(content, Format);

        var packages = new List<InventoryPackage>();
        foreach (var (section, dev) in new[] { ("default", false), ("develop", true) })
        {
            foreach (var (name, entry) in root[section]?.Properties ?? [])
            {
                if (entry.String("version") is { } written && written.StartsWith("==", StringComparison.Ordinal))
                {
                    packages.Add(new InventoryPackage(Ecosystem.PyPI, name, written.TrimStart('='), entry.Line) { Dev = dev });
                }
            }
        }

        return new LockfileInventory(path, Format, packages);
    }
}
