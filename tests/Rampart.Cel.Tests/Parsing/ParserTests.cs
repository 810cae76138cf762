using Rampart.Cel.Values;
using Rampart.Testing;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Parsing;

public sealed class ParserTests
{
    [Fact]
    public void Syntax_error_gives_line_column_and_a_caret_under_the_offending_token()
    {
        var issue = CompileError("1 +\n  * 2");

        Assert.Equal(2, issue.Line);
        Assert.Equal(3, issue.Column);
        Assert.Equal(" |   * 2\n | ..^", issue.Excerpt);
        Assert.Contains("unexpected '*'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_counts_code_points_not_utf16_units()
    {
        var issue = CompileError("'😀😀' + )");

        Assert.Equal(1, issue.Line);
        Assert.Equal(8, issue.Column);
    }

    [Fact]
    public void Column_counts_only_the_code_points_of_its_own_line()
    {
        var issue = CompileError("'😀😀' +\n'é😀x' + )");

        Assert.Equal((2, 9), (issue.Line, issue.Column));
    }

    [Fact]
    public void Hundred_thousand_nested_parentheses_give_an_error_not_a_stack_overflow()
    {
        var source = new string('(', 100_000) + "1" + new string(')', 100_000);
        var environment = CelEnvironment.CreateBuilder().UseStandardLibraryForTests().WithLimits(CelLimits.Default with { MaxExpressionLength = 300_000 }).Build();

        var issue = CompileError(source, environment);

        Assert.Contains("nested too deeply", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", "")]
    [InlineData("{1: ", "")]
    [InlineData("-", "x")]
    [InlineData("!", "true")]
    [InlineData("f(", "")]
    [InlineData("x.y[", "")]
    public void Deep_nesting_of_any_kind_is_bounded(string open, string inner)
    {
        var source = string.Concat(Enumerable.Repeat(open, 300)) + inner;

        var issue = CompileError(source);

        Assert.Contains("nested too deeply", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Left_nested_chains_past_the_depth_limit_are_rejected()
    {
        var issue = CompileError(string.Join(" + ", Enumerable.Repeat("1", 300)));

        Assert.Contains("nested too deeply", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_chains_of_logical_operators_are_balanced_and_evaluate()
    {
        var source = string.Join(" && ", Enumerable.Repeat("true", 2_000)) + " && false";

        Assert.Equal(CelBool.False, Evaluate(source));
    }

    [Fact]
    public void Expression_longer_than_the_limit_is_rejected_before_parsing()
    {
        var environment = CelEnvironment.CreateBuilder().WithLimits(CelLimits.Default with { MaxExpressionLength = 10 }).Build();

        var issue = CompileError("1 + 2 + 3 + 4", environment);

        Assert.Contains("expression too long", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    [InlineData("-0x10", -16L)]
    public void Integer_literals_cover_the_whole_range(string source, long expected)
    {
        Assert.Equal(expected, Assert.IsType<CelInt>(Evaluate(source)).Value);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551616u")]
    public void Integer_literal_out_of_range_is_a_syntax_error(string source)
    {
        Assert.Contains("invalid", CompileError(source).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18446744073709551615u", ulong.MaxValue)]
    [InlineData("0xFFU", 255UL)]
    public void Unsigned_literals(string source, ulong expected)
    {
        Assert.Equal(expected, Assert.IsType<CelUInt>(Evaluate(source)).Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("-2.5e-1", -0.25)]
    public void Double_literals(string source, double expected)
    {
        Assert.Equal(expected, Assert.IsType<CelDouble>(Evaluate(source)).Value);
    }

    [Theory]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"""\u00e9\U0001F600""", "é😀")]
    [InlineData(@"'\x41\101\a\?\`'", "AA\a?`")]
    [InlineData(@"r'a\nb'", @"a\nb")]
    [InlineData("'''line one\nline 'two'\n'''", "line one\nline 'two'\n")]
    [InlineData("R\"\"\"raw \\t \"\"\"", "raw \\t ")]
    public void String_literals_in_every_form(string source, string expected)
    {
        Assert.Equal(expected, Assert.IsType<CelString>(Evaluate(source)).Value);
    }

    [Theory]
    [InlineData(@"b'\xff\000'", new byte[] { 0xff, 0 })]
    [InlineData("b'é'", new byte[] { 0xc3, 0xa9 })]
    [InlineData(@"BR'\x'", new byte[] { (byte)'\\', (byte)'x' })]
    public void Bytes_literals_hold_raw_bytes(string source, byte[] expected)
    {
        Assert.Equal(expected, Assert.IsType<CelBytes>(Evaluate(source)).Span.ToArray());
    }

    [Theory]
    [InlineData(@"'\q'", "invalid escape")]
    [InlineData("'abc", "unterminated string")]
    [InlineData("'a\nb'", "newline in string")]
    [InlineData(@"'\uD800'", "invalid unicode")]
    [InlineData(@"'\U00110000'", "invalid unicode")]
    [InlineData(@"'\Ub0010fff'", "invalid unicode")]
    [InlineData(@"'\UFFFFFFFF'", "invalid unicode")]
    [InlineData("if", "reserved identifier 'if'")]
    [InlineData("1 # 2", "unexpected character '#'")]
    [InlineData("has(x)", "invalid argument to has() macro")]
    [InlineData("[1].map(1, 2)", "argument must be a simple name")]
    public void Malformed_input_is_a_syntax_error_naming_the_problem(string source, string message)
    {
        Assert.Contains(message, CompileError(source).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        Assert.Equal(CelInt.Of(3), Evaluate("size([1, 2, 3,]) // three\n"));
    }

    [Fact]
    public void Backquoted_field_names_select_keys_that_are_not_identifiers()
    {
        Assert.Equal(CelString.Of("v"), Evaluate("x.`app.kubernetes.io/name`", new Dictionary<string, object?> { ["app.kubernetes.io/name"] = "v" }));
    }

    [Fact]
    public void Precedence_follows_the_specification()
    {
        Assert.Equal(CelBool.True, Evaluate("1 + 2 * 3 == 7 && !false || false"));
        Assert.Equal(CelInt.Of(-1), Evaluate("true ? (false ? 0 : -1) : 1"));
        Assert.Equal(CelInt.Of(2), Evaluate("false ? 1 : true ? 2 : 3"));
        Assert.Equal(CelBool.True, Evaluate("2 in [1, 2] == true"));
    }

    [Theory]
    [InlineData("optMap(v, v + 1)", 31L)]
    [InlineData("optFlatMap(v, optional.of(v + 1))", 31L)]
    public void A_chain_of_optional_maps_compiles_and_runs_in_linear_time(string link, long expected)
    {
        // The expansion used the target twice, doubling the tree at every link: 20 links took a minute.
        string Chain(int links) => "optional.of(1)" + string.Concat(Enumerable.Repeat("." + link, links)) + ".value()";
        Work.AssertLinear(
            links =>
            {
                var chain = Chain(links);
                return Work.AllocatedBy(() => Compile(chain).Evaluate());
            },
            2,
            factor: 4);

        var result = Compile(Chain(30)).Evaluate(null, null, out var cost);

        Assert.Equal(CelInt.Of(expected), result);
        Assert.InRange(cost, 30, 30 * 100);
    }
}
