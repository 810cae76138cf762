using System.Text;
using Rampart.Globbing;

namespace Rampart.Tests.Globbing;

/// <summary>Glob cases with the meaning git's wildmatch gives them under WM_PATHNAME (<see cref="GlobSyntax.Git"/>, on UTF-8 bytes).</summary>
public sealed class WildMatchTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", "bar", false)]
    [InlineData("???", "foo", true)]
    [InlineData("??", "foo", false)]
    [InlineData("*", "foo", true)]
    [InlineData("f*", "foo", true)]
    [InlineData("*f", "foo", false)]
    [InlineData("*foo*", "foo", true)]
    [InlineData("*ob*a*r*", "foobar", true)]
    [InlineData("*ab", "aaaaaaabababab", true)]
    [InlineData("foo*", "foo/bar", false)]
    [InlineData("*/foo", "bar/foo", true)]
    [InlineData("*/foo", "a/bar/foo", false)]
    [InlineData("foo?bar", "foo/bar", false)]
    public void Stars_and_question_marks_stay_inside_one_segment(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Theory]
    [InlineData("**/foo", "foo", true)]
    [InlineData("**/foo", "x/y/foo", true)]
    [InlineData("**/foo", "xfoo", false)]
    [InlineData("foo/**", "foo/a/b", true)]
    [InlineData("foo/**", "foo", false)]
    [InlineData("foo/**/bar", "foo/bar", true)]
    [InlineData("foo/**/bar", "foo/a/b/bar", true)]
    [InlineData("foo/**/bar", "foo/abar", false)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("**/*.c", "a/b/c.c", true)]
    [InlineData("a**b", "a/b", false)]
    [InlineData("a**b", "axxb", true)]
    [InlineData("**foo", "a/foo", false)]
    [InlineData("foo**", "foo/x", false)]
    [InlineData("***/x", "a/b/x", true)]
    [InlineData("foo/**\\/bar", "foo/a/b/bar", true)]
    public void Double_stars_cross_folders_only_as_whole_segments(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Theory]
    [InlineData("*[al]?", "ball", true)]
    [InlineData("[ten]", "ten", false)]
    [InlineData("**[!te]", "ten", true)]
    [InlineData("**[!ten]", "ten", false)]
    [InlineData("t[a-g]n", "ten", true)]
    [InlineData("t[!a-g]n", "ten", false)]
    [InlineData("t[!a-g]n", "ton", true)]
    [InlineData("t[^a-g]n", "ton", true)]
    [InlineData("a[]]b", "a]b", true)]
    [InlineData("a[]-]b", "a-b", true)]
    [InlineData("a[]-]b", "a]b", true)]
    [InlineData("a[]-]b", "aab", false)]
    [InlineData("a[]a-]b", "aab", true)]
    [InlineData("[!]-]", "]", false)]
    [InlineData("[!]-]", "a", true)]
    [InlineData("[\\-_]", "-", true)]
    [InlineData("[\\]]", "]", true)]
    [InlineData("[\\\\]", "\\", true)]
    [InlineData("[!\\\\]", "\\", false)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[z-a]", "m", false)]
    [InlineData("foo[/]bar", "foo/bar", false)]
    [InlineData("foo[!a-z]bar", "foo/bar", false)]
    public void Bracket_expressions_follow_git(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Theory]
    [InlineData("[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true)]
    [InlineData("[[:digit:][:upper:][:space:]]", "A", true)]
    [InlineData("[[:digit:][:upper:][:space:]]", "a", false)]
    [InlineData("[[:digit:][:upper:][:space:]]", " ", true)]
    [InlineData("[[:xdigit:]]", "f", true)]
    [InlineData("[[:punct:]]", "!", true)]
    [InlineData("[[:punct:]]", "a", false)]
    [InlineData("[a-c[:digit:]x-z]", "5", true)]
    [InlineData("[a-c[:digit:]x-z]", "y", true)]
    [InlineData("[a-c[:digit:]x-z]", "q", false)]
    [InlineData("[[:alpha]", "h", true)]
    [InlineData("[[:alpha]", ":", true)]
    [InlineData("[[:alpha]", "x", false)]
    public void Character_classes_use_ascii_meanings(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Theory]
    [InlineData("[[:foo:]]", "a")]
    [InlineData("[abc", "a")]
    [InlineData("[[:alpha:]", "a")]
    [InlineData("a\\", "a")]
    [InlineData("a\\", "a\\")]
    [InlineData("[]", "]")]
    public void Malformed_patterns_match_nothing(string pattern, string text)
    {
        var glob = GlobMatcher.Compile(Encoding.UTF8.GetBytes(pattern).AsSpan(), GlobSyntax.Git);

        Assert.True(glob.Never);
        Assert.False(glob.IsMatch(Encoding.UTF8.GetBytes(text).AsSpan()));
    }

    [Theory]
    [InlineData("foo\\*", "foo*", true)]
    [InlineData("foo\\*", "foox", false)]
    [InlineData("\\[ab]", "[ab]", true)]
    [InlineData("f\\\\oo", "f\\oo", true)]
    [InlineData("\\!x", "!x", true)]
    public void Backslash_makes_the_next_byte_literal(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Theory]
    [InlineData("?", "é", false)]
    [InlineData("??", "é", true)]
    [InlineData("*", "é", true)]
    [InlineData("[!a]", "é", false)]
    public void Matching_is_on_utf8_bytes_like_git(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Fact]
    public void Patterns_built_to_backtrack_finish_and_answer()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 40)) + "*b";
        var text = new string('a', 20_000);

        Assert.False(Matches(pattern, text));
        Assert.True(Matches(pattern, text + "b"));
        Assert.False(Matches(string.Concat(Enumerable.Repeat("**/a/", 30)) + "b", string.Concat(Enumerable.Repeat("a/", 3000))));
    }

    private static bool Matches(string pattern, string text) =>
        GlobMatcher.Compile(Encoding.UTF8.GetBytes(pattern).AsSpan(), GlobSyntax.Git).IsMatch(Encoding.UTF8.GetBytes(text).AsSpan());
}
