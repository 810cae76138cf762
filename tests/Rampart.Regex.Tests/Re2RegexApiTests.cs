namespace Rampart.Regex.Tests;

public sealed class Re2RegexApiTests
{
    [Fact]
    public void IsMatch_searches_for_any_matching_substring()
    {
        var regex = Re2Regex.Compile("b+");

        Assert.True(regex.IsMatch("aabbbcc"));
        Assert.False(regex.IsMatch("aacc"));
    }

    [Fact]
    public void Find_gives_the_leftmost_first_match_and_its_groups()
    {
        var regex = Re2Regex.Compile(@"(?P<key>\w+)=(\d+)?");

        var match = regex.Find("--  name=  x=42");

        Assert.NotNull(match);
        Assert.Equal(4, match.Index);
        Assert.Equal("name=", match.Value);
        Assert.Equal("name", match.Group("key")!.Value);
        Assert.False(match.Groups[2].Success);
        Assert.Equal(-1, match.Groups[2].Index);
        Assert.Null(match.Groups[2].Value);
    }

    [Fact]
    public void Find_from_a_start_index_still_sees_the_text_before_it()
    {
        var regex = Re2Regex.Compile(@"\bx");

        Assert.Null(regex.Find("ax", 1));
        Assert.Equal(2, regex.Find("a x", 1)!.Index);
    }

    [Fact]
    public void Group_count_and_names_describe_the_pattern()
    {
        var regex = Re2Regex.Compile("(a)(?P<second>b)(?:c)(?<third>d)");

        Assert.Equal(3, regex.GroupCount);
        Assert.Equal([null, null, "second", "third"], regex.GroupNames);
        Assert.Equal(2, regex.GroupNumber("second"));
        Assert.Equal(-1, regex.GroupNumber("missing"));
    }

    [Fact]
    public void TryCompile_reports_the_error_and_its_position_without_throwing()
    {
        Assert.False(Re2Regex.TryCompile(@"ab(c\1)", out var regex, out var error));

        Assert.Null(regex);
        Assert.Equal(Re2ErrorCode.BadEscape, error.Code);
        Assert.Equal(@"invalid escape sequence: \1", error.Message);
        Assert.Equal(4, error.Position);
    }

    [Fact]
    public void Compile_throws_an_argument_exception_for_an_invalid_pattern()
    {
        var exception = Assert.Throws<ArgumentException>(() => Re2Regex.Compile("a(?=b)"));

        Assert.Contains("invalid perl operator: (?=", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_insensitive_option_folds_case_like_the_i_flag()
    {
        var regex = Re2Regex.Compile("straße", new Re2Options { CaseInsensitive = true });

        Assert.True(regex.IsMatch("STRAẞE"));
        Assert.False(Re2Regex.Compile("straße").IsMatch("STRASSE"));
    }

    [Fact]
    public void A_program_over_the_size_limit_is_rejected_as_too_large()
    {
        var small = new Re2Options { MaxProgramSize = 500 };

        Assert.True(Re2Regex.TryCompile("a{400}", small, out _, out _));
        Assert.False(Re2Regex.TryCompile("a{400}b{400}", small, out _, out var error));
        Assert.Equal(Re2ErrorCode.PatternTooLarge, error.Code);
        Assert.Equal("expression too large", error.Message);
    }

    [Fact]
    public void The_default_limit_rejects_a_pattern_of_more_than_about_100k_instructions()
    {
        Assert.True(Re2Regex.TryCompile(string.Concat(Enumerable.Repeat("[a-z]{1000}", 90)), out _, out _));
        Assert.False(Re2Regex.TryCompile(string.Concat(Enumerable.Repeat("[a-z]{1000}", 110)), out _, out var error));
        Assert.Equal(Re2ErrorCode.PatternTooLarge, error.Code);
    }

    [Fact]
    public void FindAll_follows_go_semantics_for_empty_matches()
    {
        var values = Re2Regex.Compile("a*").FindAll("baaab").Select(m => (m.Index, m.Value));

        Assert.Equal([(0, ""), (1, "aaa"), (5, "")], values);
    }

    [Fact]
    public void FindAll_stops_at_the_limit()
    {
        var regex = Re2Regex.Compile(@"\d");

        Assert.Equal(2, regex.FindAll("1 2 3 4", 2).Count);
        Assert.Empty(regex.FindAll("1 2 3 4", 0));
        Assert.Equal(4, regex.FindAll("1 2 3 4").Count);
    }

    [Fact]
    public void A_compiled_regex_gives_the_same_answers_from_many_threads()
    {
        var regex = Re2Regex.Compile(@"(\w+)@(\w+)\.com");
        var inputs = Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? $"mail user{i}@host{i}.com now" : $"nothing {i}").ToArray();

        var results = inputs.AsParallel().Select(input => regex.Find(input)?.Groups[1].Value).ToArray();

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(i % 3 == 0 ? $"user{i}" : null, results[i]);
        }
    }

    [Fact]
    public void An_unpaired_surrogate_in_the_input_is_one_code_point()
    {
        var match = Re2Regex.Compile(".").Find("\uD800x");

        Assert.Equal((0, 1), (match!.Index, match.Length));
        Assert.True(Re2Regex.Compile(@"^\x{D800}x$").IsMatch("\uD800x"));
    }

    [Fact]
    public void An_unpaired_surrogate_in_the_pattern_is_rejected_with_its_position()
    {
        Assert.False(Re2Regex.TryCompile("ab\uDC00", out _, out var error));

        Assert.Equal(Re2ErrorCode.BadEncoding, error.Code);
        Assert.Equal(2, error.Position);
    }

    [Fact]
    public void Groups_nested_deeper_than_the_limit_are_rejected()
    {
        var deep = new string('(', 1001) + new string(')', 1001);
        var allowed = new string('(', 1000) + "a" + new string(')', 1000);

        Assert.False(Re2Regex.TryCompile(deep, out _, out var error));
        Assert.Equal(Re2ErrorCode.NestingDepth, error.Code);
        Assert.Equal("expression nests too deeply", error.Message);
        Assert.Equal(1000, error.Position);
        Assert.True(Re2Regex.Compile(allowed).IsMatch("a"));
    }

    [Theory]
    [InlineData("(", 100_000, Re2ErrorCode.NestingDepth)]
    [InlineData(")", 100_000, Re2ErrorCode.UnexpectedParen)]
    [InlineData("[", 100_000, Re2ErrorCode.MissingBracket)]
    [InlineData("(?:a|", 5000, Re2ErrorCode.NestingDepth)]
    [InlineData("a*", 60_000, Re2ErrorCode.PatternTooLarge)]
    [InlineData("\\p{", 1000, Re2ErrorCode.BadCharRange)]
    [InlineData("(?:(?:a{1000}){1000}){1000}", 1, Re2ErrorCode.RepeatSize)]
    public void Hostile_patterns_become_errors_not_exceptions(string piece, int count, Re2ErrorCode expected)
    {
        var pattern = string.Concat(Enumerable.Repeat(piece, count));

        Assert.False(Re2Regex.TryCompile(pattern, out _, out var error));
        Assert.Equal(expected, error.Code);
    }

    [Fact]
    public void Many_named_groups_and_unclosed_posix_brackets_parse_in_linear_time()
    {
        var named = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"(?P<g{i}>)"));
        var brackets = "[" + string.Concat(Enumerable.Repeat("[:", 200_000)) + "a]";

        Assert.Equal(20_000, Re2Regex.Compile(named).GroupCount);
        Assert.True(Re2Regex.Compile(brackets).IsMatch(":"));
    }

    [Fact]
    public void Error_messages_quote_at_most_a_bounded_part_of_a_huge_pattern()
    {
        var pattern = "(" + new string('a', 100_000);

        Assert.False(Re2Regex.TryCompile(pattern, out _, out var error));
        Assert.StartsWith("missing ): (aaa", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Message.Length, 20, 300);
        Assert.InRange(Assert.Throws<ArgumentException>(() => Re2Regex.Compile(pattern)).Message.Length, 20, 700);
    }

    [Fact]
    public void Large_but_valid_patterns_compile_and_match()
    {
        Assert.True(Re2Regex.Compile(string.Concat(Enumerable.Repeat("a*", 20_000))).IsMatch("aaaa"));
        Assert.True(Re2Regex.Compile(string.Concat(Enumerable.Repeat("(?i)", 50_000)) + "x").IsMatch("X"));
        var thousand = Re2Regex.Compile("^((((((((((a{1000}))))))))))$");
        Assert.True(thousand.IsMatch(new string('a', 1000)));
        Assert.False(thousand.IsMatch(new string('a', 999)));
    }

    [Fact]
    public void Unknown_unicode_class_names_are_not_remembered()
    {
        // Patterns can come from the data; each unknown \p{..} name used to stay cached for good.
        var before = NamedClasses.CachedUnicodeClasses;
        for (var i = 0; i < 1_000; i++)
        {
            Assert.False(Re2Regex.TryCompile($"\\p{{NoSuchClass{i}}}", out _, out var error));
            Assert.Equal(Re2ErrorCode.BadCharRange, error.Code);
        }

        Assert.InRange(NamedClasses.CachedUnicodeClasses, 0, before + 100); // other tests may cache real names meanwhile
        Assert.True(Re2Regex.Compile("\\p{Greek}").IsMatch("α"));
    }
}
