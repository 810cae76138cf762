using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Evaluation;

public sealed class Utf16SurrogatesTests
{
    [Theory]
    [InlineData("", false)]
    [InlineData("plain", false)]
    [InlineData("déploiement 日本 \uD7FF \uE000 \uFFFF", false)]
    [InlineData("rocket \uD83D\uDE80", true)]
    public void Surrogates_are_found_anywhere_and_only_they(string text, bool expected)
    {
        Assert.Equal(expected, Utf16Surrogates.In(text));
    }

    [Fact]
    public void Unpaired_halves_are_surrogates_too()
    {
        // Built in code: an attribute argument cannot hold an unpaired surrogate.
        Assert.True(Utf16Surrogates.In("\uD800"));
        Assert.True(Utf16Surrogates.In("ends with \uDFFF"));
        Assert.True(Utf16Surrogates.In(new string('a', 1000) + "\uDBFF" + new string('b', 1000)));
    }

    [Fact]
    public void Text_is_searched_without_allocating()
    {
        // String comparisons and the Unicode-aware string functions look for surrogates on every call.
        var text = new string('a', 300) + " déploiement 日本 " + new string('z', 300);
        Utf16Surrogates.In(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            Assert.False(Utf16Surrogates.In(text));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
