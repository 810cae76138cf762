using Rampart.Dependencies.Cargo;
using Rampart.Dependencies.Go;
using Rampart.Dependencies.Maven;
using Rampart.Dependencies.Npm;
using Rampart.Dependencies.NuGet;
using Rampart.Dependencies.Packagist;
using Rampart.Dependencies.PyPI;
using Rampart.Dependencies.RubyGems;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// The lockfile and manifest readers Rampart ships, one line each, and the one place where a malformed file
/// becomes a <see cref="LockfileProblem"/> instead of an exception.
/// </summary>
public static class LockfileReaders
{
    public static IReadOnlyList<ILockfileReader> All { get; } =
    [
        new PackageLockReader(),
        new YarnLockReader(),
        new PnpmLockReader(),
        new PackagesLockReader(),
        new CentralPackagesReader(),
        new DepsJsonReader(),
        new RequirementsReader(),
        new PoetryLockReader(),
        new PipfileLockReader(),
        new UvLockReader(),
        new PomReader(),
        new GradleLockReader(),
        new GoModReader(),
        new CargoLockReader(),
        new GemfileLockReader(),
        new ComposerLockReader(),
    ];

    /// <summary>The reader for a file name, or null when no reader takes it.</summary>
    public static ILockfileReader? For(string fileName) => All.FirstOrDefault(r => r.Accepts(fileName));

    /// <summary>
    /// Reads a file with <paramref name="reader"/>; malformed content gives an inventory with a problem naming
    /// the file and line, never an exception.
    /// </summary>
    public static LockfileInventory Read(ILockfileReader reader, string path, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader, path, () => reader.Read(path, content));
    }

    /// <summary>As <see cref="Read(ILockfileReader, string, ReadOnlyMemory{byte})"/>, for a read that takes more than the file (Go's <c>go.sum</c>).</summary>
    public static LockfileInventory Read(ILockfileReader reader, string path, Func<LockfileInventory> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (LockfileFormatException e)
        {
            return new LockfileInventory(path, reader.Format, []) { Problem = new LockfileProblem(path, Math.Max(1, e.Line), e.Message) };
        }
    }
}
