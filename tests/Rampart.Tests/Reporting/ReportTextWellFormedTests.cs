using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

public sealed class ReportTextWellFormedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("déploiement 日本")]
    [InlineData("\uD83D\uDE80")]
    [InlineData("rocket \uD83D\uDE80 and smile \uD83D\uDE00 in a longer line of text past sixteen characters")]
    public void Well_formed_text_is_returned_as_it_is(string text)
    {
        Assert.Same(text, ReportText.WellFormed(text));
    }

    [Fact]
    public void Unpaired_surrogates_become_the_replacement_character()
    {
        // Built in code: an attribute argument cannot hold an unpaired surrogate.
        (string Text, string Expected)[] cases =
        [
            ("\uD83D", "\uFFFD"),
            ("\uDE80", "\uFFFD"),
            ("end \uD83D", "end \uFFFD"),
            ("\uDE80\uD83D", "\uFFFD\uFFFD"),
            ("pair \uD83D\uDE80 then lone \uDE80 then pair \uD83D\uDE00", "pair \uD83D\uDE80 then lone \uFFFD then pair \uD83D\uDE00"),
            ("a long prefix of plain text before it \uD83D x", "a long prefix of plain text before it \uFFFD x"),
        ];

        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, ReportText.WellFormed(text));
        }
    }

    [Fact]
    public void Well_formed_text_is_checked_without_allocating()
    {
        // Every string of a report is checked: a report of 80,000 findings checks about a million. The check of text
        // without surrogates must not allocate (a generic range search boxed each character compared before the runtime
        // optimised it: 170 MB on one report).
        var text = new string('a', 300) + " déploiement 日本 " + new string('z', 300);
        ReportText.WellFormed(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            Assert.Same(text, ReportText.WellFormed(text));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
