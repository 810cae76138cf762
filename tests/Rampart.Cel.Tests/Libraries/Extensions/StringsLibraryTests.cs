using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class StringsLibraryTests
{
    private static CelValue Format(string format, params CelValue[] args) => Call("string_format", S(format), L(args));

    [Fact]
    public void Char_at_and_index_functions_return_values_and_range_errors()
    {
        Is(S("o"), Call("string_char_at_int", S("tacocat"), I(3)));
        IsError(Call("string_char_at_int", S("tacocat"), I(30)), "index out of range: 30");
        Is(I(5), Call("string_index_of_string_int", S("tacocat"), S("a"), I(3)));
        IsError(Call("string_last_index_of_string_int", S("tacocat"), S("a"), I(-1)), "index out of range: -1");
        IsError(Call("string_substring_int_int", S("tacocat"), I(4), I(3)), "invalid substring range. start: 4, end: 3");
    }

    [Fact]
    public void Split_and_join_round_trip()
    {
        var parts = Call("string_split_string_int", S("o©o©o©o"), S("©"), I(-1));
        Is(L(S("o"), S("o"), S("o"), S("o")), parts);
        Is(S("o-o-o-o"), Call("list_join_string", parts, S("-")));
        Is(S(string.Empty), Call("list_join", L()));
        Is(L(), Call("string_split_string_int", S("a b"), S(" "), I(0)));
    }

    [Fact]
    public void Replace_quote_reverse_trim_and_ascii_casing()
    {
        Is(S("2 days 23 hours"), Call("string_replace_string_string", Call("string_replace_string_string_int", S("{0} days {0} hours"), S("{0}"), S("2"), I(1)), S("{0}"), S("23")));
        Is(S("\"first\\nsecond\""), Call("strings_quote", S("first\nsecond")));
        Is(S("tαCo©aT"), Call("string_reverse", S("Ta©oCαt")));
        Is(S("text"), Call("string_trim", S("\u0085\u00a0\u1680text")));
        Is(S("tacocÆt xii"), Call("string_lower_ascii", S("TacoCÆt Xii")));
        Is(S("TACOCαT"), Call("string_upper_ascii", S("tacoCαt")));
    }

    [Theory]
    [InlineData("no substitution", "no substitution")]
    [InlineData("%% and also %%", "% and also %")]
    public void Format_without_clauses_only_unescapes_percent(string format, string expected)
    {
        Is(S(expected), Format(format));
    }

    [Fact]
    public void Format_substitutes_each_clause_in_order()
    {
        Is(S("1 2 3, A B C"), Format("%d %d %d, %s %s %s", I(1), I(2), I(3), S("A"), S("B"), S("C")));
        Is(S("%text%"), Format("%%%s%%", S("text")));
        Is(S("1.234"), Format("%.3f", D(1.2345)));
        Is(S("this is 5 in binary: 101"), Format("this is 5 in binary: %b", I(5)));
        Is(S("1"), Format("%b", B(true)));
        Is(S("177777"), Format("%o", U(65535)));
        Is(S("1e"), Format("%x", I(30)));
        Is(S("1770"), Format("%X", U(6000)));
        Is(S("48656c6c6f20776f726c6421"), Format("%x", S("Hello world!")));
        Is(S("6279746520737472696E67"), Format("%X", CelBytes.FromUtf8("byte string")));
        Is(S("1.052033e+03"), Format("%.6e", D(1052.032911275)));
        Is(S("2.000000"), Format("%f", I(2)));
        Is(S("3.000000e+00"), Format("%e", U(3)));
        Is(S("64"), Format("%d", U(64)));
        Is(S("-1.20000"), Format("%.5f", D(-1.2)));
        Is(S("2"), Format("%.0f", D(2.5)));
    }

    [Fact]
    public void Format_names_nan_and_infinities()
    {
        Is(S("NaN"), Format("%e", D(double.NaN)));
        Is(S("Infinity"), Format("%d", D(double.PositiveInfinity)));
        Is(S("-Infinity"), Format("%f", D(double.NegativeInfinity)));
        Is(S("[NaN, Infinity, -Infinity]"), Format("%s", L(D(double.NaN), D(double.PositiveInfinity), D(double.NegativeInfinity))));
    }

    [Fact]
    public void Format_string_clause_prints_values_unquoted()
    {
        var timestamp = CelTimestamp.FromSeconds(1675467080);
        var duration = CelDuration.FromNanoseconds(6347L * 1_000_000_000);
        Is(S("null"), Format("%s", CelNull.Instance));
        Is(S("xyz"), Format("%s", CelBytes.FromUtf8("xyz")));
        Is(S("string"), Format("%s", CelType.String));
        Is(S("2023-02-03T23:31:20Z"), Format("%s", timestamp));
        Is(S("6347s"), Format("%s", duration));
        Is(S("32, 56.8"), Format("%s, %s", I(32), D(56.8)));
        Is(S("[abc, 3.14, null, [9, 8, 7, 6], 2023-02-03T23:31:20Z]"), Format("%s", L(S("abc"), D(3.14), CelNull.Instance, L(I(9), I(8), I(7), I(6)), timestamp)));
    }

    [Fact]
    public void Format_string_clause_sorts_map_entries_by_key_text()
    {
        var map = CelMap.Of(
        [
            new(S("strKey"), S("x")),
            new(I(6), CelDuration.FromNanoseconds(422L * 1_000_000_000)),
            new(B(true), I(42)),
        ]);
        Is(S("{6: 422s, strKey: x, true: 42}"), Format("%s", map));
    }

    [Theory]
    [InlineData("%a", "could not parse formatting clause: unrecognized formatting clause \"a\"")]
    [InlineData("double is %E", "could not parse formatting clause: unrecognized formatting clause \"E\"")]
    [InlineData("%d %d %d", "index 2 out of range")]
    public void Format_rejects_bad_clauses_and_missing_arguments(string format, string message)
    {
        IsError(Format(format, D(0.5), I(1)), message);
    }

    [Fact]
    public void Format_rejects_values_a_clause_cannot_print()
    {
        IsError(Format("string is %b", S("abc")), "error during formatting: only integers and bools can be formatted as binary, was given string");
        IsError(Format("%d", CelDuration.FromNanoseconds(1)), "error during formatting: decimal clause can only be used on integers, was given google.protobuf.Duration");
        IsError(Format("octal: %o", S("a string")), "error during formatting: octal clause can only be used on integers, was given string");
        IsError(Format("double is %x", D(0.5)), "error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given double");
        IsError(Format("null: %e", CelNull.Instance), "error during formatting: scientific clause can only be used on doubles, was given null_type");
        IsError(Format("null: %f", CelNull.Instance), "error during formatting: fixed-point clause can only be used on doubles, was given null_type");
        IsError(Format("%s", CelOptional.None), "error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given optional_type");
    }

    [Fact]
    public void Join_is_charged_for_the_text_it_copies()
    {
        var data = new Dictionary<string, object?>
        {
            ["text"] = new string('x', 100_000),
            ["items"] = Enumerable.Range(0, 2_000).Select(i => (object?)(long)i).ToList(),
        };

        var result = ExpressionHarness.Evaluate("object.items.all(e, [object.text, object.text].join(',').size() > 0)", data);

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Format_is_charged_for_the_values_it_prints()
    {
        var large = Enumerable.Range(0, 5_000).Select(i => (object?)(long)i).ToList();

        var result = ExpressionHarness.Evaluate("object.all(e, '%s'.format([object]).size() > 0)", large);

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Format_of_shared_sublists_that_unfold_exponentially_is_stopped()
    {
        var source = "['abcdefgh']";
        for (var i = 0; i < 24; i++)
        {
            source = $"cel.bind(l{i}, {source}, [l{i}, l{i}])";
        }

        source = $"'%s'.format([{source}]).size()";

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(ExpressionHarness.Evaluate(source)).Message);
        Assert.Contains("the result would be longer than 16777216 characters", Assert.IsType<CelError>(ExpressionHarness.Evaluate(source, costLimit: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_bounds_the_precision()
    {
        IsError(Format("%.101f", D(1)), "could not parse formatting clause: error while parsing precision: precision 101 exceeds maximum allowed precision 100");
        IsError(Format("%.", D(1)), "could not parse formatting clause: error while parsing precision: could not find end of precision specifier");
    }
}
