namespace Rampart.Tests.Policies;

/// <summary>
/// Compares generated text with a committed file; with <c>RAMPART_UPDATE_GOLDEN=1</c> the file is rewritten
/// instead, so an intended change is one command and a reviewed diff.
/// </summary>
internal static class GoldenFiles
{
    public static bool Updating => Environment.GetEnvironmentVariable("RAMPART_UPDATE_GOLDEN") == "1";

    public static void AssertFile(string path, string expected)
    {
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            return;
        }

        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{path} is out of date; run the tests with RAMPART_UPDATE_GOLDEN=1 to rewrite it and review the diff.");
    }

    /// <summary>
    /// Checks the section of a Markdown file that starts with <paramref name="heading"/> and runs to the next heading
    /// of the same level (or the end); the rest of the file is left as it is. A missing file gets a title.
    /// </summary>
    public static void AssertSection(string path, string heading, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "# Conformance\n";
        var start = text.StartsWith(heading + "\n", StringComparison.Ordinal) ? 0 : text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal) + 1;
        string updated;
        if (start <= 0 && !text.StartsWith(heading + "\n", StringComparison.Ordinal))
        {
            updated = text.TrimEnd('\n') + "\n\n" + section;
        }
        else
        {
            var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            updated = text[..start] + section + (end < 0 ? "" : "\n" + text[(end + 1)..]);
        }

        AssertFile(path, updated);
    }
}
