using System.Text;
using Rampart.Dependencies.Inventory;

namespace Rampart.Tests.Dependencies.Inventory;

/// <summary>Reads a lockfile written in a test, and shows its packages as one line each for compact assertions.</summary>
internal static class Lockfiles
{
    public static LockfileInventory Read(ILockfileReader reader, string path, string text) =>
        LockfileReaders.Read(reader, path, Encoding.UTF8.GetBytes(text));

    /// <summary><c>name@version line relation [dev]</c> per package, in file order.</summary>
    public static string[] Lines(LockfileInventory inventory)
    {
        Assert.Null(inventory.Problem);
        return inventory.Packages
            .Select(p => $"{p.Name}@{p.Version} {p.Line} {p.Relation}{(p.Dev ? " dev" : "")}")
            .ToArray();
    }
}
