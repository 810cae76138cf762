using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Maven;

/// <summary>
/// Gradle's <c>gradle.lockfile</c> (and <c>*.lockfile</c> of dependency locking): <c>group:artifact:version=configurations</c>
/// per line. A package locked only for test configurations (<c>testCompileClasspath</c>, …) is a development one.
/// The lockfile does not say which packages are direct.
/// </summary>
public sealed class GradleLockReader : ILockfileReader
{
    public string Format => "gradle.lockfile";

    public bool Accepts(string fileName) => fileName == "gradle.lockfile";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var lines = LockText.Lines(content);
        var packages = new List<InventoryPackage>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("empty=", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var parts = (equals >= 0 ? line[..equals] : line).Split(':');
            if (parts.Length != 3 || parts.Any(p => p.Length == 0))
            {
                throw new LockfileFormatException(i + 1, $"'{line}' is not group:artifact:version=configurations");
            }

            var configurations = equals >= 0 ? line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
            var dev = configurations.Length > 0 && configurations.All(c => c.StartsWith("test", StringComparison.OrdinalIgnoreCase));
            packages.Add(new InventoryPackage(Ecosystem.Maven, parts[0] + ":" + parts[1], parts[2], i + 1) { Dev = dev });
        }

        return new LockfileInventory(path, Format, packages);
    }
}
