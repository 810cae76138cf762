namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Reads one lockfile or manifest format. A reader throws <see cref="LockfileFormatException"/> for malformed
/// input (with the line); <see cref="LockfileReaders"/> turns that into a problem on the inventory.
/// </summary>
public interface ILockfileReader
{
    /// <summary>The format's name as reports show it: <c>package-lock.json</c>, <c>yarn.lock</c>.</summary>
    string Format { get; }

    /// <summary>Whether this reader takes a file of this name (the last part of the path).</summary>
    bool Accepts(string fileName);

    /// <summary>Reads <paramref name="content"/> (the file's bytes); <paramref name="path"/> names it in problems.</summary>
    LockfileInventory Read(string path, ReadOnlyMemory<byte> content);
}
