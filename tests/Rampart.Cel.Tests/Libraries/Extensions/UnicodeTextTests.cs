using Rampart.Cel.Libraries.Extensions;
using Rampart.Testing;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("tacocat", 3, "o")]
    [InlineData("tacocat", 7, "")]
    [InlineData("©αT", 1, "α")]
    [InlineData("a😀b", 1, "😀")]
    [InlineData("a😀b", 2, "b")]
    public void CharAt_counts_code_points(string text, long index, string expected)
    {
        Assert.Equal((expected, null), UnicodeText.CharAt(text, index));
    }

    [Theory]
    [InlineData("tacocat", 30)]
    [InlineData("tacocat", -1)]
    public void CharAt_outside_the_string_is_an_error(string text, long index)
    {
        Assert.Equal((null, $"index out of range: {index}"), UnicodeText.CharAt(text, index));
    }

    [Theory]
    [InlineData("tacocat", "", 0)]
    [InlineData("tacocat", "ac", 1)]
    [InlineData("tacocat", "none", -1)]
    [InlineData("", "a", -1)]
    [InlineData("ta©o©αT", "©", 2)]
    [InlineData("a😀b😀", "b", 2)]
    public void IndexOf_returns_code_point_index(string text, string search, long expected)
    {
        Assert.Equal((expected, null), UnicodeText.IndexOf(text, search));
    }

    [Theory]
    [InlineData("tacocat", "", 3, 3)]
    [InlineData("tacocat", "a", 3, 5)]
    [InlineData("ta©o©αT", "©αT", 3, 4)]
    [InlineData("ta©o©αT", "©α", 5, -1)]
    [InlineData("hello wello", "ello", 6, 7)]
    public void IndexOf_with_offset_starts_there(string text, string search, long offset, long expected)
    {
        Assert.Equal((expected, null), UnicodeText.IndexOf(text, search, offset));
    }

    [Fact]
    public void IndexOf_with_a_negative_offset_is_an_error()
    {
        Assert.Equal((-1, "index out of range: -1"), UnicodeText.IndexOf("tacocat", "a", -1));
    }

    [Theory]
    [InlineData("tacocat", "a", 7)]
    [InlineData("tacocat", "a", 30)]
    [InlineData("ta©o©αT", "©", 30)]
    public void IndexOf_with_an_offset_past_the_end_finds_nothing(string text, string search, long offset)
    {
        Assert.Equal((-1, null), UnicodeText.IndexOf(text, search, offset));
    }

    [Theory]
    [InlineData("", "@@", -1)]
    [InlineData("tacocat", "", 7)]
    [InlineData("tacocat", "at", 5)]
    [InlineData("ta©o©αT", "©", 4)]
    public void LastIndexOf_returns_last_code_point_index(string text, string search, long expected)
    {
        Assert.Equal((expected, null), UnicodeText.LastIndexOf(text, search));
    }

    [Theory]
    [InlineData("tacocat", "", 3, 3)]
    [InlineData("tacocat", "a", 3, 1)]
    [InlineData("ta©o©αT", "©", 3, 2)]
    [InlineData("ta©o©αT", "©α", 4, 4)]
    [InlineData("hello wello", "ello", 6, 1)]
    [InlineData("bananananana", "nana", 7, 6)]
    public void LastIndexOf_with_offset_looks_back_from_there(string text, string search, long offset, long expected)
    {
        Assert.Equal((expected, null), UnicodeText.LastIndexOf(text, search, offset));
    }

    [Fact]
    public void LastIndexOf_with_a_negative_offset_is_an_error()
    {
        Assert.Equal((-1, "index out of range: -1"), UnicodeText.LastIndexOf("tacocat", "a", -1));
    }

    [Theory]
    [InlineData("tacocat", 7)]
    [InlineData("tacocat", 30)]
    public void LastIndexOf_with_an_offset_past_the_end_finds_nothing(string text, long offset)
    {
        Assert.Equal((-1, null), UnicodeText.LastIndexOf(text, "a", offset));
    }

    [Theory]
    [InlineData("tacocat", 4, 7, "cat")]
    [InlineData("tacocat", 0, 4, "taco")]
    [InlineData("tacocat", 4, 4, "")]
    [InlineData("ta©o©αT", 2, 6, "©o©α")]
    public void Substring_takes_code_point_ranges(string text, long start, long end, string expected)
    {
        Assert.Equal((expected, null), UnicodeText.Substring(text, start, end));
    }

    [Theory]
    [InlineData(4, 3, "invalid substring range. start: 4, end: 3")]
    [InlineData(49, 50, "index out of range: 49")]
    [InlineData(1, 50, "index out of range: 50")]
    [InlineData(-1, 2, "index out of range: -1")]
    public void Substring_rejects_bad_ranges_with_cel_go_messages(long start, long end, string message)
    {
        Assert.Equal((null, message), UnicodeText.Substring("tacocat", start, end));
    }

    [Theory]
    [InlineData(" \f\n\r\t\vtext  ", "text")]
    [InlineData("\u0085\u00a0\u1680text", "text")]
    [InlineData("text\u2000\u2001\u2002\u2003\u2004\u2006\u2007\u2008\u2009", "text")]
    [InlineData("\u200atext\u2028\u2029\u202F\u205F\u3000", "text")]
    [InlineData("\u180etext\u200b\u200c\u200d\u2060\ufeff", "\u180etext\u200b\u200c\u200d\u2060\ufeff")]
    public void Trim_removes_unicode_white_space_but_not_zero_width_characters(string text, string expected)
    {
        Assert.Equal(expected, UnicodeText.Trim(text));
    }

    [Theory]
    [InlineData("TacoCÆt Xii", "tacocÆt xii", "TACOCÆT XII")]
    [InlineData("tacoCαt", "tacocαt", "TACOCαT")]
    public void Ascii_casing_leaves_other_letters_alone(string text, string lower, string upper)
    {
        Assert.Equal(lower, UnicodeText.LowerAscii(text));
        Assert.Equal(upper, UnicodeText.UpperAscii(text));
    }

    [Theory]
    [InlineData("hello hello", "he", "we", -1, "wello wello")]
    [InlineData("hello hello", "he", "we", 1, "wello hello")]
    [InlineData("hello hello", "he", "we", 0, "hello hello")]
    [InlineData("1 ©αT taco", "αT", "o©α", -1, "1 ©o©α taco")]
    [InlineData("ab", "", "-", -1, "-a-b-")]
    [InlineData("a😀", "", "-", 2, "-a-😀")]
    public void Replace_follows_go_strings_replace(string text, string old, string replacement, long limit, string expected)
    {
        Assert.Equal(expected, UnicodeText.Replace(text, old, replacement, limit));
    }

    [Theory]
    [InlineData("hello world events!", " ", -1, new[] { "hello", "world", "events!" })]
    [InlineData("hello world events!", " ", 0, new string[0])]
    [InlineData("hello world events!", " ", 1, new[] { "hello world events!" })]
    [InlineData("hello world events!", " ", 2, new[] { "hello", "world events!" })]
    [InlineData("o©o©o©o", "©", -1, new[] { "o", "o", "o", "o" })]
    [InlineData("a😀b", "", -1, new[] { "a", "😀", "b" })]
    [InlineData("abc", "", 2, new[] { "a", "bc" })]
    [InlineData("", "", -1, new string[0])]
    [InlineData("", ",", -1, new[] { "" })]
    public void Split_follows_go_strings_splitn(string text, string separator, long limit, string[] expected)
    {
        Assert.Equal(expected, UnicodeText.Split(text, separator, limit));
    }

    [Fact]
    public void Split_takes_time_linear_in_the_text()
    {
        // Each part used to copy the rest of the text: 100,000 parts of a 200,000-character string took seconds.
        var text = string.Concat(Enumerable.Repeat("a,", 100_000));
        Work.AssertLinear(
            count =>
            {
                var shorter = text[..(2 * count)];
                return Work.AllocatedBy(() => UnicodeText.Split(shorter, ","));
            },
            5_000);

        var parts = UnicodeText.Split(text, ",");

        Assert.Equal(100_001, parts.Count);
        Assert.Equal(["a", "a", ""], parts[^3..]);
    }

    [Theory]
    [InlineData("Ta©oCαt", "tαCo©aT")]
    [InlineData("a😀b", "b😀a")]
    [InlineData("", "")]
    public void Reverse_reverses_code_points(string text, string expected)
    {
        Assert.Equal(expected, UnicodeText.Reverse(text));
    }

    [Theory]
    [InlineData("first\nsecond", "\"first\\nsecond\"")]
    [InlineData("bell\a", "\"bell\\a\"")]
    [InlineData("mid \" quote", "\"mid \\\" quote\"")]
    [InlineData("ends with \\", "\"ends with \\\\\"")]
    [InlineData("printable unicode😀", "\"printable unicode😀\"")]
    [InlineData("", "\"\"")]
    public void Quote_escapes_cel_escape_characters(string text, string expected)
    {
        Assert.Equal(expected, UnicodeText.Quote(text));
    }
}
