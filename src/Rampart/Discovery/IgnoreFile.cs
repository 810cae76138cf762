using System.Text;

namespace Rampart.Discovery;

/// <summary>The patterns of one ignore file (or one list given on the command line), in file order.</summary>
public sealed record IgnoreFile(string Source, string BaseFolder, IReadOnlyList<IgnorePattern> Patterns)
{
    /// <summary>
    /// Splits <paramref name="text"/> into patterns as git does: a UTF-8 byte-order mark is skipped, lines
    /// end at <c>\n</c> (a <c>\r</c> before it is dropped), blank lines and lines starting with <c>#</c> are
    /// ignored.
    /// </summary>
    public static IgnoreFile Parse(string text, string source, string baseFolder)
    {
        var patterns = new List<IgnorePattern>();
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        var lineNumber = 0;
        while (!span.IsEmpty)
        {
            lineNumber++;
            var end = span.IndexOf('\n');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + 1)..];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (IgnorePattern.Parse(line.ToString(), source, lineNumber, baseFolder) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreFile(source, baseFolder, patterns);
    }

    /// <summary>The last pattern of this file that matches, or null. Later lines override earlier ones.</summary>
    public IgnorePattern? LastMatch(ReadOnlySpan<byte> path, int nameStart, bool isFolder) => LastMatch(path, nameStart, isFolder, null);

    internal IgnorePattern? LastMatch(ReadOnlySpan<byte> path, int nameStart, bool isFolder, StepCounter? steps)
    {
        for (var i = Patterns.Count - 1; i >= 0; i--)
        {
            if (Patterns[i].Matches(path, nameStart, isFolder, steps))
            {
                return Patterns[i];
            }
        }

        return null;
    }

    /// <summary>Reads an ignore file from disk; null when it does not exist or cannot be read as text.</summary>
    internal static IgnoreFile? Load(string fullPath, string source, string baseFolder, long maxBytes)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists || info.Length > maxBytes || info.LinkTarget is not null)
            {
                return null;
            }

            return Parse(File.ReadAllText(fullPath, Encoding.UTF8), source, baseFolder);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
