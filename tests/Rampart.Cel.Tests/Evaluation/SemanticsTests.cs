using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Evaluation;

public sealed class SemanticsTests
{
    [Theory]
    [InlineData("dyn(1) == 1.0", true)]
    [InlineData("dyn(1u) == 1", true)]
    [InlineData("[1, 2.0] == [1.0, 2u]", true)]
    [InlineData("{1: 'a'}[dyn(1u)] == 'a'", true)]
    [InlineData("1 < 1.5 && 2u > 1 && -1 < 1u", true)]
    [InlineData("dyn(1) == 'a'", false)]
    [InlineData("0.0 / 0.0 == 0.0 / 0.0", false)]
    public void Numbers_compare_across_types(string source, bool expected)
    {
        Assert.Equal(CelBool.Of(expected), Evaluate(source));
    }

    [Theory]
    [InlineData("size('é😀')", 2L)]
    [InlineData("size(b'\\xff\\x00')", 2L)]
    [InlineData("[1, 2, 3].filter(i, i > 1).map(i, i * 10)[1]", 30L)]
    [InlineData("[1, 2, 3].exists_one(i, i == 2) ? 1 : 0", 1L)]
    [InlineData("cel.bind(a, 20, a + a + 2)", 42L)]
    [InlineData("{'a': 1, 'b': 2}.transformMap(k, v, v * 10)['b']", 20L)]
    [InlineData("[10, 20].transformList(i, v, i + v)[1]", 21L)]
    [InlineData("timestamp('2024-03-10T12:00:00Z').getHours('America/New_York')", 8L)]
    [InlineData("timestamp('2024-03-10T12:00:00Z').getHours('+05:30')", 17L)]
    [InlineData("timestamp('2024-01-01T00:00:00Z').getDayOfWeek()", 1L)]
    [InlineData("duration('1h2m3.5s').getSeconds()", 3723L)]
    [InlineData("int(timestamp('1970-01-02T00:00:00+01:00'))", 82800L)]
    [InlineData("{'a': {'b': 5}}.?a.?b.orValue(0)", 5L)]
    [InlineData("{'a': {}}.?a.?b.orValue(7)", 7L)]
    [InlineData("[?optional.none(), ?optional.of(3)][0]", 3L)]
    [InlineData("optional.of(2).optMap(v, v * 3).value()", 6L)]
    public void Standard_functions_and_macros(string source, long expected)
    {
        Assert.Equal(CelInt.Of(expected), Evaluate(source));
    }

    [Theory]
    [InlineData("string(1.5)", "1.5")]
    [InlineData("string(1e100)", "1e+100")]
    [InlineData("string(duration('90m'))", "5400s")]
    [InlineData("string(timestamp('2024-01-01T10:00:00.5+02:00'))", "2024-01-01T10:00:00.5+02:00")]
    [InlineData("string(b'abc')", "abc")]
    [InlineData("'abc'.matches('^a.c$') ? 'yes' : 'no'", "yes")]
    public void Conversions_to_string(string source, string expected)
    {
        Assert.Equal(CelString.Of(expected), Evaluate(source));
    }

    [Fact]
    public void Timestamps_are_bounded_to_years_1_to_9999()
    {
        Assert.IsType<CelError>(Evaluate("timestamp('9999-12-31T23:59:59Z') + duration('1s')"));
        Assert.IsType<CelTimestamp>(Evaluate("timestamp('0001-01-01T00:00:00Z')"));
    }

    [Fact]
    public void Matches_runs_in_linear_time_on_inputs_that_defeat_backtracking()
    {
        var input = new string('a', 10_000) + "!";

        var result = Evaluate("x.matches('^(a+)+$')", input);

        Assert.Equal(CelBool.False, result);
    }

    [Fact]
    public void Compiled_program_is_reusable_and_thread_safe()
    {
        var program = Compile("x.items.map(i, i * 2).exists(v, v == x.target)");
        var results = new bool[64];

        Parallel.For(0, results.Length, n =>
        {
            for (var repeat = 0; repeat < 50; repeat++)
            {
                var items = Enumerable.Range(0, 20).Select(i => (object?)(long)(i + n)).ToList();
                var activation = new CelActivation().Add("x", new Dictionary<string, object?> { ["items"] = items, ["target"] = (long)((n + 19) * 2) });
                results[n] = program.Evaluate(activation) is CelBool { Value: true };
            }
        });

        Assert.All(results, Assert.True);
    }

    [Fact]
    public void Time_zone_names_from_the_data_do_not_fill_memory()
    {
        var program = Compile("timestamp('2024-03-10T12:00:00Z').getHours(x)");

        for (var i = 0; i < 2 * TimeText.ZoneCacheLimit; i++)
        {
            var result = program.Evaluate(new CelActivation().Add("x", $"Not/A_Zone_{i}"));

            Assert.Equal($"invalid time zone 'Not/A_Zone_{i}'", Assert.IsType<CelError>(result).Message);
        }

        Assert.InRange(TimeText.CachedZones, 0, TimeText.ZoneCacheLimit);
        Assert.Equal(CelInt.Of(8), program.Evaluate(new CelActivation().Add("x", "America/New_York")));
    }
}
