using Rampart.Globbing;

namespace Rampart.Tests.Globbing;

/// <summary>The options that tell the glob dialects apart, on the one engine (UTF-16 text).</summary>
public sealed class GlobMatcherTests
{
    [Theory]
    [InlineData("[а-я]", "ж", true)]
    [InlineData("[а-я]", "z", false)]
    [InlineData("[!а-я]", "z", true)]
    [InlineData("[!а-я]", "ж", false)]
    [InlineData("[^a]", "ж", true)]
    [InlineData("[]", "a", false)]
    [InlineData("[a-]", "-", true)]
    public void Fnmatch_brackets_read_ranges_beyond_latin1(string pattern, string text, bool expected) =>
        Assert.Equal(expected, GlobMatcher.Compile(pattern, GlobSyntax.GitLabSegment).IsMatch(text));

    [Theory]
    [InlineData("[ab]", "[ab]", true)]
    [InlineData("[ab]", "a", false)]
    [InlineData(@"a\*", "a*", true)]
    [InlineData(@"a\*", "ab", false)]
    public void GitHub_segments_read_brackets_as_text_and_backslash_as_escape(string pattern, string text, bool expected) =>
        Assert.Equal(expected, GlobMatcher.Compile(pattern, GlobSyntax.GitHubSegment).IsMatch(text));

    [Theory]
    [InlineData("a?c", "a/c", true)]
    [InlineData("a*", "a/b/c", true)]
    [InlineData(@"a\b", @"a\b", true)]
    public void Name_globs_cross_slashes_and_read_backslash_as_text(string pattern, string text, bool expected) =>
        Assert.Equal(expected, GlobMatcher.Compile(pattern, GlobSyntax.ConfigName).IsMatch(text));

    [Theory]
    [InlineData("", false)]
    [InlineData("a/", true)]
    [InlineData("a/b/", true)]
    [InlineData("a", false)]
    public void One_or_more_folders_need_a_slash_at_the_end(string text, bool expected) =>
        Assert.Equal(expected, new GlobBuilder().Folders(atLeastOne: true).Build().IsMatch(text.AsSpan()));

    [Theory]
    [InlineData("x", true)]
    [InlineData("a/b/x", true)]
    [InlineData("ax", false)]
    public void Any_folders_match_nothing_or_whole_folders(string text, bool expected) =>
        Assert.Equal(expected, new GlobBuilder().Folders(atLeastOne: false).Literal('x').Build().IsMatch(text.AsSpan()));

    [Fact]
    public void A_state_carried_over_folder_names_matches_as_the_whole_path_does()
    {
        var glob = GlobMatcher.Compile("src/**/*.cs", GlobSyntax.ConfigPath);
        Span<ulong> state = stackalloc ulong[glob.Words];
        glob.Start(state);

        Assert.True(glob.Advance(state, "src/".AsSpan(), null));
        Assert.True(glob.Advance(state, "a/b/".AsSpan(), null));
        Assert.True(glob.MatchesAfter(state, "c.cs".AsSpan(), null));
        Assert.False(glob.MatchesAfter(state, "c.txt".AsSpan(), null));
        Assert.False(glob.Advance(state, "c/".AsSpan(), null) && glob.Accepts(state));
    }

    [Fact]
    public void Matching_costs_steps_in_proportion_to_the_text()
    {
        var glob = GlobMatcher.Compile(string.Concat(Enumerable.Repeat("*a", 100)) + "b", GlobSyntax.ConfigName);

        var small = Steps(glob, new string('a', 1_000));
        var large = Steps(glob, new string('a', 10_000));

        Assert.InRange(large, 9 * small, 11 * small);
    }

    private static long Steps(GlobMatcher glob, string text)
    {
        var steps = new StepCounter();
        Assert.False(glob.IsMatch(text.AsSpan(), steps));
        return steps.Steps;
    }
}
