using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Tests.Output.Terminal;

public sealed class CellWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("ünïcode", 7)]
    [InlineData("日本語", 6)]
    [InlineData("한국어", 6)]
    [InlineData("ｆｕｌｌ", 8)]
    [InlineData("🚀 go", 5)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("", 0)]
    public void Terminal_cells_are_counted_per_character(string text, int cells) =>
        Assert.Equal(cells, CellWidth.Of(text));
}
