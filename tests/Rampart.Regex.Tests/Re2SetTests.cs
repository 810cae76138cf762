using System.Text;

namespace Rampart.Regex.Tests;

/// <summary>
/// A set matches many patterns in one pass: which patterns match, then each one's matches with positions.
/// </summary>
public sealed class Re2SetTests
{
    private static readonly string[] Small = ["foo", "ba[rz]", "^start", "end$", "(?i)token", "x{3}", @"\bword\b"];

    [Theory]
    [InlineData("start with foo and end", new[] { 0, 2, 3 })]
    [InlineData("a TOKEN in a bar", new[] { 1, 4 })]
    [InlineData("not at the start, xxx words", new[] { 5 })]
    [InlineData("one word here", new[] { 6 })]
    [InlineData("nothing to see", new int[0])]
    [InlineData("", new int[0])]
    public void Reports_which_patterns_match(string input, int[] expected)
    {
        var set = Re2Set.Compile(Small);

        Assert.Equal(expected, set.MatchingPatterns(input.AsSpan()));
        Assert.Equal(expected, set.MatchingPatterns(Encoding.UTF8.GetBytes(input)));
        Assert.Equal(expected.Length > 0, set.IsMatch(input.AsSpan()));
    }

    [Fact]
    public void A_pattern_that_matches_the_empty_string_matches_any_input()
    {
        var set = Re2Set.Compile(["a+", "b*"]);

        Assert.Equal([1], set.MatchingPatterns(""u8));
        Assert.Equal([0, 1], set.MatchingPatterns("xa"u8));
    }

    [Fact]
    public void A_set_of_anchored_patterns_looks_only_at_the_start()
    {
        var set = Re2Set.Compile([@"^a\d", @"\Ab", "^c$"]);

        Assert.Equal([0], set.MatchingPatterns("a1 b c"u8));
        Assert.Equal([2], set.MatchingPatterns("c"u8));
        Assert.Empty(set.MatchingPatterns("xa1"u8));
    }

    [Fact]
    public void An_empty_set_matches_nothing()
    {
        var set = Re2Set.Compile([]);

        Assert.Equal(0, set.Count);
        Assert.Empty(set.MatchingPatterns("anything"u8));
        Assert.False(set.IsMatch("anything"u8));
    }

    [Fact]
    public void Finds_every_match_of_the_matching_patterns_with_byte_positions()
    {
        var set = Re2Set.Compile([@"ghp_[A-Za-z0-9]{4}", @"(?i)password=(\S+)", "never"]);
        var input = Encoding.UTF8.GetBytes("é ghp_abcd PASSWORD=x ghp_WXYZ");

        var matches = set.FindAll(input);

        Assert.Equal(
            [new Re2SetMatch(0, new Re2Bounds(3, 8)), new Re2SetMatch(0, new Re2Bounds(23, 8)), new Re2SetMatch(1, new Re2Bounds(12, 10))],
            matches);
        Assert.Equal([new Re2SetMatch(0, new Re2Bounds(3, 8)), new Re2SetMatch(1, new Re2Bounds(12, 10))], set.FindAll(input, limitPerPattern: 1));
    }

    [Fact]
    public void Finds_matches_in_a_utf16_span_with_utf16_positions()
    {
        var set = Re2Set.Compile(["b+", "é"]);

        Assert.Equal([new Re2SetMatch(0, new Re2Bounds(2, 2)), new Re2SetMatch(1, new Re2Bounds(1, 1))], set.FindAll("aébb".AsSpan()));
    }

    [Fact]
    public void Hundreds_of_patterns_report_exactly_the_ones_present()
    {
        var patterns = Enumerable.Range(0, 400).Select(i => $"key{i:D3}_[0-9a-f]{{8}}\\b").ToArray();
        var set = Re2Set.Compile(patterns);
        var input = Encoding.UTF8.GetBytes("config: key007_0123abcd, key150_deadbeef; key399_00000000 and key200_xyz (too short)");

        Assert.Equal([7, 150, 399], set.MatchingPatterns(input));
    }

    [Fact]
    public void The_allocation_free_form_marks_the_matching_patterns()
    {
        var set = Re2Set.Compile(Small);
        Span<bool> matched = stackalloc bool[set.Count];

        var count = set.MatchingPatterns("a bar and a foo"u8, matched);

        Assert.Equal(2, count);
        Assert.Equal([true, true, false, false, false, false, false], matched.ToArray());
    }

    [Fact]
    public void The_set_agrees_with_each_pattern_on_its_own()
    {
        string[] patterns =
        [
            @"\d{3}-\d{4}", "(?i)secret", @"^\s*#", @"[A-Z]{2,}\b", "(a|b)*c", @"\x{1F600}", "é+", @"(?m)^end$", @"\bthe\b",
            "x*", "q[^u]", @"(?s)a.b", @"\Aab", @"z\z", "[[:punct:]]{2}", @"\pL\pN", "(?U)a+?b",
        ];
        var set = Re2Set.Compile(patterns);
        var random = new Random(11);
        string[] pieces = ["a", "b", "c", "é", "\U0001F600", " ", "\n", "1", "23", "-", "#", "THE", "the", "end", "q", "u", "z", "SECRET", "!?"];
        for (var run = 0; run < 400; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Enumerable.Range(0, patterns.Length).Where(i => set.Regexes[i].IsMatch(text)).ToArray();

            Assert.Equal(expected, set.MatchingPatterns(text.AsSpan()));
            Assert.Equal(expected, set.MatchingPatterns(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void A_rejected_pattern_is_named_by_its_index()
    {
        Assert.False(Re2Set.TryCompile(["ok", "fine", @"(a)\1"], out var set, out var error));

        Assert.Null(set);
        Assert.Equal(2, error.Index);
        Assert.Equal(Re2ErrorCode.BadEscape, error.Error.Code);
        Assert.Contains(@"invalid escape sequence: \1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_over_its_size_limit_is_rejected_as_a_whole()
    {
        var options = new Re2Options { MaxSetProgramSize = 1000 };
        var patterns = Enumerable.Repeat("[a-z]{100}", 20).ToArray();

        Assert.True(Re2Set.TryCompile(patterns[..5], options, out _, out _));
        Assert.False(Re2Set.TryCompile(patterns, options, out _, out var error));
        Assert.Equal(-1, error.Index);
        Assert.Equal(Re2ErrorCode.PatternTooLarge, error.Error.Code);
    }

    [Fact]
    public void A_set_whose_dfa_outgrows_its_cache_still_answers_right()
    {
        // The 18th character from the end must be 'a': a DFA needs 2^17 states for that.
        var set = Re2Set.Compile(["a[ab]{17}$", "c"]);
        var random = new Random(3);
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(_ => random.Next(2) == 0 ? 'a' : 'b'));

        Assert.Empty(set.MatchingPatterns(Encoding.ASCII.GetBytes(text + "b" + new string('b', 17))));
        Assert.True(set.DfaCacheResets > 0, "the state cache never filled up");
        Assert.Equal([0, 1], set.MatchingPatterns(Encoding.ASCII.GetBytes("c" + text + "a" + new string('b', 17))));
    }
}
