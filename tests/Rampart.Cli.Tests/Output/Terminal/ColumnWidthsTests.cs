using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Tests.Output.Terminal;

public sealed class ColumnWidthsTests
{
    [Fact]
    public void Columns_that_fit_keep_their_widths() =>
        Assert.Equal([8, 4, 15], ColumnWidths.Fit([8, 4, 15], [false, false, true], 40));

    [Fact]
    public void The_widest_wrapping_columns_give_way_first_down_to_the_next_widest()
    {
        // 85 cells into 44: the message gives 22 (to 18), message and resource 3 each (to 15), then the three
        // wrapping columns share the last 13 (4, 4, 5). Severity and line do not wrap and keep theirs.
        Assert.Equal([8, 4, 11, 11, 10], ColumnWidths.Fit([8, 4, 15, 18, 40], [false, false, true, true, true], 44));
    }

    [Fact]
    public void Columns_that_cannot_wrap_give_way_evenly_when_nothing_else_can() =>
        Assert.Equal([8, 8], ColumnWidths.Fit([10, 10], [false, false], 16));
}
