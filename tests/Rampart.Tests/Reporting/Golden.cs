using System.Text;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Compares output with a committed <c>Golden/NAME.expected</c> file. With <c>RAMPART_UPDATE_GOLDEN=1</c> the
/// file is rewritten instead (review the diff before committing it).
/// </summary>
internal static class Golden
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Reporting", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("RAMPART_UPDATE_GOLDEN") == "1";

    public static string PathOf(string name) => Path.Combine(Folder, name + ".expected");

    public static void Verify(string name, string actual)
    {
        var path = PathOf(name);
        if (Updating)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with RAMPART_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected == actual)
        {
            return;
        }

        Assert.Fail($"{name} differs from {path} ({Describe(expected, actual)}); if the change is intended, rerun with RAMPART_UPDATE_GOLDEN=1 and review the diff");
    }

    private static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"first difference at line {i + 1}: expected «{e}», got «{a}»";
            }
        }

        return "line endings or trailing characters differ";
    }
}
