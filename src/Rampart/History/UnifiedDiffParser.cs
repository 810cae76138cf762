using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rampart.History;

/// <summary>
/// Turns the output of <c>git log -p --cc -U0</c> (each commit introduced by a line that starts with a NUL byte) or
/// <c>git diff -U0</c> into added lines. Plain hunks (<c>@@</c>) and combined hunks of merges (<c>@@@</c>, one
/// marker column per parent) are read; in a combined hunk a line is added only when every column is <c>+</c>
/// (it is in none of the parents). Binary patches are skipped and counted. Fed one line at a time.
/// </summary>
internal sealed class UnifiedDiffParser(IAddedLineScanner scanner, HistoryLimits limits)
{
    private static readonly UTF8Encoding Lenient = new(false, false);

    private static readonly SearchValues<byte> Digits = SearchValues.Create("0123456789"u8);

    private CommitInfo? commit;
    private string? path;
    private bool inHunk;
    private int columns = 1;
    private int newLine;
    private int fileAdded;

    public int Commits { get; private set; }
    public long AddedLines { get; private set; }
    public int BinaryFiles { get; private set; }
    public int TruncatedLines { get; private set; }
    public int CappedFiles { get; private set; }

    public void Feed(ReadOnlySpan<byte> line, bool truncated)
    {
        if (inHunk && line.Length > 0 && line[0] is (byte)' ' or (byte)'+' or (byte)'-' or (byte)'\\')
        {
            Content(line, truncated);
            return;
        }

        inHunk = false;
        if (line.Length > 0 && line[0] == 0)
        {
            commit = ParseCommit(line[1..]);
            Commits++;
            path = null;
        }
        else if (line.StartsWith("diff "u8))
        {
            path = null;
            fileAdded = 0;
        }
        else if (line.StartsWith("+++ "u8))
        {
            path = GitPath.Parse(line[4..]);
        }
        else if (line.StartsWith("@@"u8))
        {
            inHunk = StartHunk(line);
        }
        else if (line.StartsWith("Binary files "u8))
        {
            BinaryFiles++;
            path = null;
        }
    }

    private void Content(ReadOnlySpan<byte> line, bool truncated)
    {
        if (line[0] == (byte)'\\' || line.Length < columns)
        {
            return; // "\ No newline at end of file"
        }

        var markers = line[..columns];
        if (markers.Contains((byte)'-'))
        {
            return; // a line of a parent, not of this version
        }

        var number = newLine++;
        if (path is null || markers.ContainsAnyExcept((byte)'+'))
        {
            return; // context, or in a merge a line one of the parents had
        }

        if (fileAdded == limits.MaxAddedLinesPerFile)
        {
            CappedFiles++;
        }

        if (fileAdded++ >= limits.MaxAddedLinesPerFile)
        {
            return;
        }

        var text = line[columns..];
        if (!truncated && text.Length > 0 && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        if (truncated)
        {
            TruncatedLines++;
        }

        AddedLines++;
        scanner.Scan(new AddedLine(commit, path, number, Lenient.GetString(text), truncated));
    }

    /// <summary>Reads <c>@@ -a,b +c,d @@</c> (or <c>@@@ -a,b -c,d +e,f @@@</c>): the marker columns and the first new line.</summary>
    private bool StartHunk(ReadOnlySpan<byte> line)
    {
        var ats = line.IndexOfAnyExcept((byte)'@');
        if (ats < 2)
        {
            return false;
        }

        columns = ats - 1;
        var rest = line[ats..];
        var plus = rest.IndexOf(" +"u8);
        if (plus < 0)
        {
            return false;
        }

        var number = rest[(plus + 2)..];
        var stop = number.IndexOfAnyExcept(Digits);
        if (stop >= 0)
        {
            number = number[..stop];
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out newLine))
        {
            return false;
        }

        return true;
    }

    private static CommitInfo ParseCommit(ReadOnlySpan<byte> header)
    {
        var fields = Lenient.GetString(header).Split('\0');
        string Field(int i) => i < fields.Length ? fields[i] : "";
        _ = DateTimeOffset.TryParse(Field(3), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        return new CommitInfo(Field(0), Field(1), Field(2), date);
    }
}
