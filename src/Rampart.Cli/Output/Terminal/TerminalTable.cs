namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// A table drawn with box characters: one padded cell per column, each cell one or more blocks of text stacked. The
/// columns' widths are computed once from the cells' measured widths (<see cref="ColumnWidths"/>), then every cell is
/// wrapped to its column's width; the table is never wider than the width it is given.
/// </summary>
internal sealed class TerminalTable(IReadOnlyList<TableColumn> columns)
{
    private readonly TextBlock[] headers = [.. columns.Select(c => TextBlock.Of(c.Header))];
    private readonly List<IReadOnlyList<TextBlock>[]> rows = [];

    public int RowCount => rows.Count;

    /// <summary>How many pieces of text were measured, for tests that count the work a table does.</summary>
    public int Measurements => headers.Sum(h => h.Measurements) + rows.Sum(r => r.Sum(cell => cell.Sum(block => block.Measurements)));

    public void AddRow(params IReadOnlyList<TextBlock>[] cells)
    {
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {columns.Count} columns", nameof(cells));
        }

        rows.Add(cells);
    }

    public void Write(TerminalWriter writer, TableBox box)
    {
        var available = Math.Max(0, writer.Width - (columns.Count + 1) - 2 * columns.Count);
        var widths = ColumnWidths.Fit(Wanted(available), [.. columns.Select(c => !c.NoWrap)], available);
        Rule(writer, box.Top, widths);
        Row(writer, box, widths, [.. headers.Select(h => new[] { h })]);
        Rule(writer, box.HeaderRule, widths);
        foreach (var row in rows)
        {
            Row(writer, box, widths, row);
        }

        Rule(writer, box.Bottom, widths);
    }

    private int[] Wanted(int available)
    {
        var wanted = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            wanted[c] = Math.Min(headers[c].Width, available);
            foreach (var row in rows)
            {
                foreach (var block in row[c])
                {
                    wanted[c] = Math.Max(wanted[c], Math.Min(block.Width, available));
                }
            }
        }

        return wanted;
    }

    private static void Rule(TerminalWriter writer, string edge, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        line.Append(edge[0]);
        for (var c = 0; c < widths.Length; c++)
        {
            line.Append(c > 0 ? edge[2] : "").Append(edge[1], widths[c] + 2);
        }

        writer.Write(line.Append(edge[3]).ToString(), TextStyle.Grey);
        writer.WriteLine();
    }

    private void Row(TerminalWriter writer, TableBox box, int[] widths, IReadOnlyList<TextBlock>[] cells)
    {
        var lines = new List<List<TextToken>>[cells.Length];
        var height = 0;
        for (var c = 0; c < cells.Length; c++)
        {
            lines[c] = [];
            foreach (var block in cells[c])
            {
                lines[c].AddRange(block.Wrap(widths[c]));
            }

            height = Math.Max(height, lines[c].Count);
        }

        var edge = box.Edge.ToString();
        for (var l = 0; l < height; l++)
        {
            writer.Write(edge, TextStyle.Grey);
            for (var c = 0; c < cells.Length; c++)
            {
                var line = l < lines[c].Count ? CellLine.Fit(lines[c][l], widths[c]) : [];
                var pad = widths[c] - CellLine.Width(line);
                writer.Write(' ', 1 + (columns[c].AlignRight ? pad : 0));
                writer.Write(line);
                writer.Write(' ', 1 + (columns[c].AlignRight ? 0 : pad));
                writer.Write(edge, TextStyle.Grey);
            }

            writer.WriteLine();
        }
    }
}
