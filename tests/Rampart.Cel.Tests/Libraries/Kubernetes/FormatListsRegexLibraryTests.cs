using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class FormatListsRegexLibraryTests
{
    [Fact]
    public void Named_format_validates_to_none_or_a_list_of_errors()
    {
        var label = Call("format.dns1123Label");
        Is(CelOptional.None, Call("format-validate", label, S("my-name")));
        var errors = Assert.IsType<CelOptional>(Call("format-validate", label, S("a.b")));
        Is(L(S("must not contain dots")), errors.Value);
    }

    [Fact]
    public void Format_named_finds_formats_by_name()
    {
        var found = Assert.IsType<CelOptional>(Call("format-named", S("uuid")));
        Assert.True(found.HasValue);
        Assert.True(found.Value.CelEquals(Call("format.uuid")));
        Is(CelOptional.None, Call("format-named", S("nope")));
    }

    [Fact]
    public void List_aggregates_match_the_kubernetes_examples()
    {
        Is(B(true), Call("list_string_is_sorted_bool", L(S("a"), S("b"), S("b"), S("c"))));
        Is(B(false), Call("list_double_is_sorted_bool", L(D(2.0), D(1.0))));
        Is(I(4), Call("list_int_sum_int", L(I(1), I(3))));
        Is(D(4.0), Call("list_double_sum_double", L(D(1.0), D(3.0))));
        Is(D(0.0), Call("list_double_sum_double", L()));
        Is(CelDuration.FromNanoseconds(61_000_000_000), Call("list_duration_sum_duration", L(CelDuration.FromNanoseconds(60_000_000_000), CelDuration.FromNanoseconds(1_000_000_000))));
        IsError(Call("list_int_sum_int", L(I(long.MaxValue), I(1))), "integer overflow");
        Is(I(1), Call("list_int_min_int", L(I(1), I(3))));
        Is(I(3), Call("list_int_max_int", L(I(1), I(3))));
        IsError(Call("list_int_min_int", L()), "min called on empty list");
        Is(I(1), Call("list_a_index_of_int", L(I(1), I(2), I(2), I(3)), I(2)));
        Is(I(2), Call("list_a_last_index_of_int", L(S("a"), S("b"), S("b"), S("c")), S("b")));
        Is(I(-1), Call("list_a_index_of_int", L(D(1.0)), D(1.1)));
    }

    [Fact]
    public void Find_and_find_all_return_leftmost_matches()
    {
        Is(S("123"), Call("string_find_string", S("abc 123"), S("[0-9]+")));
        Is(S(string.Empty), Call("string_find_string", S("abc"), S("[0-9]+")));
        Is(L(S("1"), S("2"), S("3"), S("4")), Call("string_find_all_string", S("1, 2, 3, 4"), S("[0-9]+")));
        Is(L(S("1"), S("2")), Call("string_find_all_string_int", S("1, 2, 3, 4"), S("[0-9]+"), I(2)));
        Is(L(), Call("string_find_all_string_int", S("1, 2"), S("[0-9]+"), I(0)));
    }

    [Fact]
    public void Patterns_re2_rejects_are_errors_and_compile_errors_when_literal()
    {
        var error = Assert.IsType<CelError>(Call("string_find_string", S("aa"), S("(a)\\1")));
        Assert.StartsWith("invalid regular expression '(a)\\1': ", error.Message, StringComparison.Ordinal);
        var preparation = Overload("string_find_string").Preparer!([null, S("(?=a)")]);
        Assert.StartsWith("invalid regular expression '(?=a)': ", preparation.Error, StringComparison.Ordinal);
        Assert.Null(Overload("string_find_all_string").Preparer!([null, S("[a-z]+")]).Error);
    }
}
