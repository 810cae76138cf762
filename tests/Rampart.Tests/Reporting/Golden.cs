using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Compares output with a committed <c>Golden/NAME.expected</c> file. With <c>RAMPART_UPDATE_GOLDEN=1</c> the
/// file is rewritten instead (review the diff before committing it).
/// </summary>
internal static class Golden
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Reporting", "Golden");

    public static string PathOf(string name) => Path.Combine(Folder, name + ".expected");

    public static void Verify(string name, string actual) => GoldenFiles.AssertFile(PathOf(name), actual);
}
