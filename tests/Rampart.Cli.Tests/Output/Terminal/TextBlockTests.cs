using Rampart.Cli.Output.Terminal;

namespace Rampart.Cli.Tests.Output.Terminal;

public sealed class TextBlockTests
{
    private static string[] Lines(TextBlock text, int width) =>
        [.. text.Wrap(width).Select(line => string.Concat(line.Select(token => token.Text)))];

    [Fact]
    public void A_paragraph_keeps_its_leading_space_and_drops_the_space_it_breaks_at()
    {
        var text = TextBlock.Of("  payments: failed (fails on high; 3 open, 2 over the threshold)");

        Assert.Equal(["  payments: failed (fails on high; 3 ", "open, 2 over the threshold)"], Lines(text, 40));
    }

    [Fact]
    public void A_word_longer_than_the_line_starts_a_line_and_is_folded()
    {
        var text = TextBlock.Of("Label app.kubernetes.io/name is missing");

        Assert.Equal(["Label ", "app.kubern", "etes.io/na", "me is ", "missing"], Lines(text, 10));
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept()
    {
        var text = TextBlock.Of("Not checked:\n  - one\n  - two");

        Assert.Equal(["Not checked:", "  - one", "  - two"], Lines(text, 80));
        Assert.Equal(12, text.Width);
    }

    [Fact]
    public void Text_that_fits_is_one_line_as_it_is()
    {
        var text = TextBlock.Of("start  end");

        Assert.Equal(["start  end"], Lines(text, 10));
    }
}
