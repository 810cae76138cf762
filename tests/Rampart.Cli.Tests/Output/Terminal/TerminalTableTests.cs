using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Tests.Output.Terminal;

/// <summary>The table's layout on tricky input, against text written out by hand.</summary>
public sealed class TerminalTableTests
{
    private static string Draw(TerminalTable table, int width, TableBox box, bool color = false)
    {
        using var output = new StringWriter();
        var writer = new TerminalWriter(output, color, width);
        table.Write(writer, box);
        writer.Flush();
        return output.ToString();
    }

    private static TextBlock[] Cell(string text) => [TextBlock.Of(text)];

    [Fact]
    public void A_table_without_rows_is_its_header_between_edges()
    {
        var table = new TerminalTable([new TableColumn("Severity", NoWrap: true), new TableColumn("Line", AlignRight: true), new TableColumn("Message")]);

        Assert.Equal(
            """
            ╭──────────┬──────┬─────────╮
            │ Severity │ Line │ Message │
            ├──────────┼──────┼─────────┤
            ╰──────────┴──────┴─────────╯

            """.ReplaceLineEndings("\n"),
            Draw(table, 40, TableBox.Rounded));
    }

    [Fact]
    public void A_long_path_is_folded_to_its_column_and_aligned_right()
    {
        var table = new TerminalTable([new TableColumn("Where", AlignRight: true), new TableColumn("Rule")]);
        table.AddRow(Cell("deploy/overlays/production/web.yaml:12:5"), Cell("RMP-1"));

        Assert.Equal(
            """
            +----------------------------+
            |              Where | Rule  |
            |--------------------+-------|
            | deploy/overlays/pr | RMP-1 |
            | oduction/web.yaml: |       |
            |               12:5 |       |
            +----------------------------+

            """.ReplaceLineEndings("\n"),
            Draw(table, 30, TableBox.Ascii));
    }

    [Fact]
    public void Wide_characters_take_two_cells_and_fold_whole()
    {
        var table = new TerminalTable([new TableColumn("Name"), new TableColumn("Note")]);
        table.AddRow(Cell("日本語の名前"), Cell("ok"));

        Assert.Equal(
            """
            ╭───────────┬──────╮
            │ Name      │ Note │
            ├───────────┼──────┤
            │ 日本語の  │ ok   │
            │ 名前      │      │
            ╰───────────┴──────╯

            """.ReplaceLineEndings("\n"),
            Draw(table, 20, TableBox.Rounded));
    }

    [Fact]
    public void Words_move_to_the_next_line_whole_in_the_column_that_gives_way()
    {
        var table = new TerminalTable([new TableColumn("Severity", NoWrap: true), new TableColumn("Message")]);
        table.AddRow([TextBlock.Of("CRITICAL"), TextBlock.Of("blocks")], [TextBlock.Of("Container \"app\" runs privileged"), TextBlock.Of("owners: @acme/payments")]);

        Assert.Equal(
            """
            ╭──────────┬──────────────────╮
            │ Severity │ Message          │
            ├──────────┼──────────────────┤
            │ CRITICAL │ Container "app"  │
            │ blocks   │ runs privileged  │
            │          │ owners:          │
            │          │ @acme/payments   │
            ╰──────────┴──────────────────╯

            """.ReplaceLineEndings("\n"),
            Draw(table, 31, TableBox.Rounded));
    }

    [Fact]
    public void With_colour_each_styled_run_is_one_sequence_and_the_edges_are_grey()
    {
        var table = new TerminalTable([new TableColumn("Severity")]);
        table.AddRow([new TextBlock("HIGH", TextStyle.BoldRed), new TextBlock("owners: @a", TextStyle.Grey)]);

        Assert.Equal(
            "\u001b[90m╭────────────╮\u001b[0m\n"
            + "\u001b[90m│\u001b[0m Severity   \u001b[90m│\u001b[0m\n"
            + "\u001b[90m├────────────┤\u001b[0m\n"
            + "\u001b[90m│\u001b[0m \u001b[1;91mHIGH\u001b[0m       \u001b[90m│\u001b[0m\n"
            + "\u001b[90m│\u001b[0m \u001b[90mowners: @a\u001b[0m \u001b[90m│\u001b[0m\n"
            + "\u001b[90m╰────────────╯\u001b[0m\n",
            Draw(table, 40, TableBox.Rounded, color: true));
    }

    [Fact]
    public void Without_colour_styled_text_is_written_as_plain_characters()
    {
        var table = new TerminalTable([new TableColumn("Severity")]);
        table.AddRow([new TextBlock("HIGH", TextStyle.WhiteOnRed), new TextBlock("owners: @a", TextStyle.Grey)]);

        Assert.Equal(
            """
            ╭────────────╮
            │ Severity   │
            ├────────────┤
            │ HIGH       │
            │ owners: @a │
            ╰────────────╯

            """.ReplaceLineEndings("\n"),
            Draw(table, 40, TableBox.Rounded));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(2_000)]
    public void Each_word_is_measured_once_and_laying_out_measures_nothing_again(int rows)
    {
        var table = new TerminalTable([new TableColumn("Severity"), new TableColumn("Line"), new TableColumn("Message")]);
        for (var i = 0; i < rows; i++)
        {
            table.AddRow(Cell("HIGH"), Cell("12:3"), Cell("Image runs as root"));
        }

        var measuredBeforeLayout = table.Measurements;
        Draw(table, 120, TableBox.Rounded);

        // Three header words, then per row: HIGH, 12:3, and the message's four words and three spaces.
        Assert.Equal(3 + 9 * rows, measuredBeforeLayout);
        Assert.Equal(measuredBeforeLayout, table.Measurements);
    }
}
