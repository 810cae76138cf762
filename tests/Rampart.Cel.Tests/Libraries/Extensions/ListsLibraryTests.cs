using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class ListsLibraryTests
{
    [Fact]
    public void Slice_takes_a_half_open_range()
    {
        Is(L(I(2), I(3)), Call("list_slice", L(I(1), I(2), I(3), I(4)), I(1), I(3)));
        IsError(Call("list_slice", L(I(1)), I(-1), I(1)), "cannot slice(-1, 1), negative indexes not supported");
        IsError(Call("list_slice", L(I(1)), I(1), I(0)), "cannot slice(1, 0), start index must be less than or equal to end index");
        IsError(Call("list_slice", L(I(1)), I(0), I(2)), "cannot slice(0, 2), list is length 1");
    }

    [Fact]
    public void Flatten_removes_the_given_number_of_levels()
    {
        Is(L(I(1), I(2), I(3), I(4)), Call("list_flatten", L(I(1), L(I(2), I(3)), L(I(4)))));
        Is(L(I(1), I(2), L(I(3), I(4))), Call("list_flatten", L(I(1), L(I(2), L(I(3), I(4))))));
        Is(L(I(1), I(2), I(3), L(I(4))), Call("list_flatten_int", L(I(1), L(I(2), L(I(3), L(I(4))))), I(2)));
        Is(L(I(1), I(2), I(3), I(4)), Call("list_flatten", L(I(1), I(2), L(), L(), L(I(3), I(4)))));
        IsError(Call("list_flatten_int", L(I(1)), I(-1)), "level must be non-negative");
    }

    [Fact]
    public void Flatten_of_deep_nesting_does_not_overflow_the_stack()
    {
        CelValue deep = L(I(1));
        for (var i = 0; i < 100_000; i++)
        {
            deep = L(deep);
        }

        Is(L(I(1)), Call("list_flatten_int", L(deep), I(long.MaxValue)));
    }

    [Fact]
    public void Flatten_is_charged_for_the_list_it_builds_not_the_outer_list()
    {
        var large = Enumerable.Range(0, 5_000).Select(i => (object?)(long)i).ToList();

        var result = ExpressionHarness.Evaluate("object.all(e, [object, object].flatten().size() > 0)", large);

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Flatten_of_shared_sublists_that_unfold_exponentially_is_stopped()
    {
        var source = "[[1]]";
        for (var i = 0; i < 22; i++)
        {
            source = $"cel.bind(l{i}, {source}, [l{i}, l{i}])";
        }

        source += ".flatten(30).size()";

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(ExpressionHarness.Evaluate(source)).Message);
        Assert.Contains("flatten: the result would take more than 10000000 steps", Assert.IsType<CelError>(ExpressionHarness.Evaluate(source, costLimit: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_keeps_first_occurrences_by_cel_equality()
    {
        Is(L(I(1), I(2), I(3)), Call("list_distinct", L(I(1), I(2), I(2), I(3), I(3), I(3))));
        Is(L(S("b"), S("c"), S("a")), Call("list_distinct", L(S("b"), S("b"), S("c"), S("a"), S("c"))));
        Is(L(I(1), S("b"), I(2)), Call("list_distinct", L(I(1), S("b"), I(2), S("b"))));
        Is(L(I(1)), Call("list_distinct", L(I(1), D(1.0), U(1))));
    }

    [Fact]
    public void Sort_orders_elements_of_one_comparable_type()
    {
        Is(L(I(1), I(2), I(3)), Call("list_int_sort", L(I(3), I(2), I(1))));
        Is(L(S("a"), S("b"), S("c")), Call("list_string_sort", L(S("b"), S("c"), S("a"))));
        IsError(Call("list_int_sort", L(I(1), S("b"))), "list elements must have the same type");
        IsError(Call("list_int_sort", L(L(I(1)))), "list elements must be comparable");
        Is(L(), Call("list_int_sort", L()));
    }

    [Fact]
    public void Reverse_range_first_and_last()
    {
        Is(L(I(2), I(1), I(3), I(5)), Call("list_reverse", L(I(5), I(3), I(1), I(2))));
        Is(L(I(0), I(1), I(2), I(3), I(4)), Call("lists_range", I(5)));
        IsError(Call("lists_range", I(-1)), "lists.range: size must be non-negative, got -1");
        IsError(Call("lists_range", I(10_000_001)), "lists.range: size 10000001 exceeds maximum allowed (10000000)");
        Is(CelOptional.Of(I(5)), Call("list_first", L(I(5), I(3))));
        Is(CelOptional.Of(I(3)), Call("list_last", L(I(5), I(3))));
        Is(CelOptional.None, Call("list_first", L()));
    }
}
