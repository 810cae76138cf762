namespace Rampart.Templates.Parse;

/// <summary>One parsed template: its name, the name of the text it was parsed from (for errors), its root and that text.</summary>
internal sealed class TemplateTree(string name, string parseName, string text)
{
    public string Name { get; set; } = name;

    public string ParseName { get; } = parseName;

    public string Text { get; } = text;

    public ListNode Root { get; set; } = null!;

    private int[]? lineStarts;

    /// <summary>The 1-based line of an offset, from a table of line starts built once.</summary>
    public int LineOf(int pos)
    {
        if (lineStarts is null)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = [.. starts];
        }

        var k = Array.BinarySearch(lineStarts, pos);
        return k >= 0 ? k + 1 : ~k;
    }

    /// <summary>The line (1-based) and the byte column Go reports for an offset of the text.</summary>
    public (int Line, int Column) LineAndColumn(int pos)
    {
        var line = 1;
        var lastNewline = -1;
        for (var i = 0; i < pos && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lastNewline = i;
            }
        }

        var from = lastNewline + 1;
        return (line, System.Text.Encoding.UTF8.GetByteCount(Text.AsSpan(from, Math.Min(pos, Text.Length) - from)));
    }

    /// <summary>Go's ErrorContext: "name:line:col" and the node as text.</summary>
    public string Location(Node node)
    {
        var (line, column) = LineAndColumn(node.Pos);
        return $"{ParseName}:{line}:{column}";
    }
}
