using Rampart.Cel.Values;
using Rampart.Testing;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Evaluation;

public sealed class CostTests
{
    private static readonly List<object?> Thousand = Enumerable.Range(0, 1000).Select(i => (object?)(long)i).ToList();

    [Fact]
    public void Nested_map_over_large_lists_stops_at_the_cost_limit()
    {
        var program = Compile("x.map(a, x.map(b, x.map(c, a + b + c))).size() > 0");

        var error = Assert.IsType<CelError>(program.Evaluate(new CelActivation().Add("x", Thousand), null, out var spent));

        Assert.Equal("operation cancelled: actual cost limit exceeded", error.Message);
        Assert.InRange(spent, CelEvaluationOptions.DefaultCostLimit, CelEvaluationOptions.DefaultCostLimit + 1_000);
    }

    [Fact]
    public void Doubling_a_string_in_nested_bindings_stops_at_the_cost_limit_before_memory_runs_out()
    {
        var source = "'0123456789'";
        for (var i = 0; i < 40; i++)
        {
            source = $"cel.bind(s{i}, {source}, s{i} + s{i})";
        }

        var error = Assert.IsType<CelError>(Compile(source).Evaluate());

        Assert.Equal("operation cancelled: actual cost limit exceeded", error.Message);
    }

    [Fact]
    public void Transform_map_over_a_large_list_takes_time_linear_in_its_size()
    {
        // Each step used to copy the map built so far: 20,000 elements, well within the cost limit, took seconds.
        static CelActivation Numbers(int count) => new CelActivation().Add("x", Enumerable.Range(0, count).Select(i => (object?)(long)i).ToList());
        var program = Compile("x.transformMap(i, v, v * 2)");

        Work.AssertLinear(
            count =>
            {
                var activation = Numbers(count);
                return Work.AllocatedBy(() => program.Evaluate(activation));
            },
            1_000);

        var result = Assert.IsAssignableFrom<CelMap>(program.Evaluate(Numbers(20_000)));

        Assert.Equal(20_000, result.Count);
        Assert.Equal(CelInt.Of(39_998), result.TryGetValue(CelInt.Of(19_999), out var last) ? last : null);
        Assert.Equal([CelInt.Of(0), CelInt.Of(1), CelInt.Of(2)], result.Keys.Take(3));
    }

    [Theory]
    [InlineData("cel.bind(y, x.map(e, e), x.all(e, x == y))")]
    [InlineData("cel.bind(y, x.map(e, e), x.all(e, !([[x]] != [[y]])))")]
    [InlineData("cel.bind(m, {'k': x}, cel.bind(n, {'k': x.map(e, e)}, x.all(e, m == n)))")]
    public void Comparing_large_values_in_a_loop_stops_at_the_cost_limit(string source)
    {
        // '==' used to cost 1 whatever it compared: 20,000 comparisons of 20,000 elements stayed far below the limit.
        var large = Enumerable.Range(0, 20_000).Select(i => (object?)(long)i).ToList();

        var result = Compile(source).Evaluate(new CelActivation().Add("x", large));

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Comparing_values_built_from_shared_sublists_stops_at_the_cost_limit_not_after_unfolding_them()
    {
        // Each binding doubles what the list unfolds to: 26 of them compare 2^26 elements, for a cost of a few hundred.
        var source = "a25 == b25";
        for (var i = 25; i >= 0; i--)
        {
            var previous = i == 0 ? "[1]" : null;
            source = $"cel.bind(a{i}, {previous ?? $"[a{i - 1}, a{i - 1}]"}, cel.bind(b{i}, {previous ?? $"[b{i - 1}, b{i - 1}]"}, {source}))";
        }

        var result = Compile(source).Evaluate(null, null, out var spent);

        // The comparison is charged for the elements it walked: it stopped once the limit was spent.
        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
        Assert.InRange(spent, CelEvaluationOptions.DefaultCostLimit, CelEvaluationOptions.DefaultCostLimit + 1_000);
    }

    [Theory]
    [InlineData("1 == 1", 1)]
    [InlineData("'a' != 'b'", 1)]
    [InlineData("x == x", 2 + 1)]
    [InlineData("x == [1, 2, 3]", 1 + 10 + 1)]
    [InlineData("x == object", 1 + 1 + 101)]
    [InlineData("[x] == [object]", 1 + 1 + 10 + 10 + 101)]
    public void Equality_costs_a_tenth_of_what_it_compares(string source, long expected)
    {
        Compile(source).Evaluate(new CelActivation().Add("x", Thousand).Add("object", Thousand.ToList()), null, out var cost);

        Assert.Equal(expected, cost);
    }

    [Fact]
    public void Cost_limit_is_not_absorbed_by_logical_operators()
    {
        var program = Compile("false && x.map(a, x.map(b, a * b)).size() > 0 || x.exists(a, x.exists(b, a * b < 0))");

        var result = program.Evaluate(new CelActivation().Add("x", Thousand), new CelEvaluationOptions { CostLimit = 10_000 });

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Actual_cost_is_reported_and_within_the_limit_evaluates_normally()
    {
        var program = Compile("x.all(i, i >= 0)");

        var result = program.Evaluate(new CelActivation().Add("x", Thousand), null, out var cost);

        Assert.Equal(CelBool.True, result);
        Assert.InRange(cost, 1000, 10_000);
    }

    [Fact]
    public void Cancellation_token_stops_evaluation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var program = Compile("x.all(i, i >= 0)");

        var result = program.Evaluate(new CelActivation().Add("x", Thousand), new CelEvaluationOptions { CancellationToken = cancellation.Token });

        Assert.Equal("operation cancelled", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Static_estimate_grows_with_nesting_of_comprehensions()
    {
        var flat = Compile("x.map(a, a + 1)").EstimatedCost;
        var nested = Compile("x.map(a, x.map(b, a + b))").EstimatedCost;
        var constant = Compile("1 + 2 == 3").EstimatedCost;

        Assert.Equal((2UL, 2UL), (constant.Min, constant.Max));
        Assert.True(flat.Max > 1_000_000, flat.ToString());
        Assert.True(nested.Max > flat.Max * 1000, $"{nested} vs {flat}");
    }
}
