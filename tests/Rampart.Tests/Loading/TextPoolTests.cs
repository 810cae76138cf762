using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

public sealed class TextPoolTests
{
    [Fact]
    public void A_text_met_again_is_the_string_made_the_first_time()
    {
        var pool = new TextPool(mostKept: 10);

        var first = pool.Of("spec.template.spec.containers[0]".AsSpan());
        var again = pool.Of(new StringBuilder("spec.template.").Append("spec.containers[0]").ToString().AsSpan());

        Assert.Equal("spec.template.spec.containers[0]", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_full_pool_starts_over_and_still_gives_the_text()
    {
        var pool = new TextPool(mostKept: 2);
        var first = pool.Of("a".AsSpan());
        pool.Of("b".AsSpan());
        pool.Of("c".AsSpan());

        var again = pool.Of("a".AsSpan());

        Assert.Equal("a", again);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void A_builder_in_several_chunks_is_read_whole()
    {
        var text = new StringBuilder(4);
        for (var i = 0; i < 50; i++)
        {
            text.Append("ab");
        }

        var made = TextPool.Of(text, span => span.ToString());

        Assert.Equal(string.Concat(Enumerable.Repeat("ab", 50)), made);
    }
}
