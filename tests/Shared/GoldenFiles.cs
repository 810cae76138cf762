using System.Text;

namespace Rampart.Testing;

/// <summary>
/// Compares generated text (documentation pages, report snapshots, conformance tables) with the committed file.
/// Tests only compare: a difference fails and names the variable to set. With <c>RAMPART_UPDATE_GOLDEN=1</c> the
/// file is rewritten instead, so that an intended change is one command and a reviewed diff.
/// </summary>
internal static class GoldenFiles
{
    /// <summary>The environment variable that lets tests rewrite the committed files.</summary>
    public const string Variable = "RAMPART_UPDATE_GOLDEN";

    /// <summary>Held while a file is read and rewritten: two test classes write sections of the same page.</summary>
    private static readonly Lock Rewriting = new();

    public static bool Updating => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Checks that <paramref name="path"/> holds <paramref name="expected"/> (line endings aside).</summary>
    public static void AssertFile(string path, string expected) => AssertFile(path, expected, Updating);

    /// <summary>As <see cref="AssertFile(string, string)"/>, with the choice to rewrite given (for tests of this helper).</summary>
    public static void AssertFile(string path, string expected, bool updating)
    {
        lock (Rewriting)
        {
            Check(path, expected, updating);
        }
    }

    /// <summary>
    /// Checks the section of a Markdown file that starts with <paramref name="heading"/> and runs to the next heading
    /// of the same level (or the end); the rest of the file is left as it is. A missing file gets a title.
    /// </summary>
    public static void AssertSection(string path, string heading, string section)
    {
        lock (Rewriting)
        {
            Check(path, WithSection(File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "# Conformance\n", heading, section), Updating);
        }
    }

    private static void Check(string path, string expected, bool updating)
    {
        var actual = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            return;
        }

        if (updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        var what = actual is null ? "is missing" : $"is out of date ({FirstDifference(actual, expected)})";
        Assert.Fail($"{path} {what}; if the change is intended, run the tests with {Variable}=1 to rewrite it and review the diff.");
    }

    private static string WithSection(string text, string heading, string section)
    {
        var start = text.StartsWith(heading + "\n", StringComparison.Ordinal) ? 0 : text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal) + 1;
        if (start <= 0 && !text.StartsWith(heading + "\n", StringComparison.Ordinal))
        {
            return text.TrimEnd('\n') + "\n\n" + section;
        }

        var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return text[..start] + section + (end < 0 ? "" : "\n" + text[(end + 1)..]);
    }

    private static string FirstDifference(string committed, string generated)
    {
        var committedLines = committed.Split('\n');
        var generatedLines = generated.Split('\n');
        for (var i = 0; i < Math.Max(committedLines.Length, generatedLines.Length); i++)
        {
            var c = i < committedLines.Length ? committedLines[i] : "<end of file>";
            var g = i < generatedLines.Length ? generatedLines[i] : "<end of file>";
            if (c != g)
            {
                return $"first difference at line {i + 1}: committed «{c}», generated «{g}»";
            }
        }

        return "trailing characters differ";
    }
}
