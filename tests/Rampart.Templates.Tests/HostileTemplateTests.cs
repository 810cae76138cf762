using Rampart.Templates.Execution;

namespace Rampart.Templates.Tests;

/// <summary>What a hostile template can do is bounded: steps, output, nesting; each limit is an error, never a crash or a hang.</summary>
public sealed class HostileTemplateTests
{
    [Fact]
    public void Range_over_a_huge_integer_stops_at_the_step_limit_with_an_error()
    {
        var limits = new ExecutionLimits { MaxSteps = 100_000 };
        var (_, error, steps) = TemplateRun.Run("{{ range 1000000000000 }}x{{ end }}", limits: limits);
        Assert.Contains("exceeded its limit of 100000 steps", error, StringComparison.Ordinal);
        Assert.True(steps <= 100_001, $"{steps} steps were charged");
    }

    [Fact]
    public void Steps_grow_linearly_with_the_range_length()
    {
        long StepsFor(int n) => TemplateRun.Run("{{ range until " + n + " }}{{ . }},{{ end }}").Steps;
        var small = StepsFor(1_000);
        var large = StepsFor(8_000);
        Assert.InRange(large, small * 7, small * 9);
    }

    [Fact]
    public void Output_over_the_limit_is_an_error()
    {
        var limits = new ExecutionLimits { MaxOutputChars = 10_000 };
        var (_, error, _) = TemplateRun.Run("{{ range until 100000 }}0123456789{{ end }}", limits: limits);
        Assert.Contains("output exceeded its limit of 10000 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_recursion_ends_in_an_error_at_the_depth_limit()
    {
        var limits = new ExecutionLimits { MaxDepth = 500 };
        var (_, error, _) = TemplateRun.Run("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", limits: limits);
        Assert.Contains("exceeded maximum template depth (500)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_recursion_within_the_default_depth_is_an_error_not_a_stack_overflow()
    {
        var (_, error, _) = TemplateRun.Run("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}");
        Assert.NotNull(error);
        Assert.Matches("exceeded maximum template depth|too deep for this thread's stack", error);
    }

    [Fact]
    public void Repeat_beyond_the_output_bound_is_an_error()
    {
        var (_, error, _) = TemplateRun.Run("{{ repeat 100000000 \"abcdefgh\" }}");
        Assert.Contains("error calling repeat", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regex_functions_use_RE2_and_reject_backreferences()
    {
        var (output, error, _) = TemplateRun.Run("{{ regexMatch \"(a*)*b\" \"" + new string('a', 5_000) + "\" }}|{{ mustRegexMatch \"(a)\\\\1\" \"aa\" }}");
        Assert.StartsWith("false|", output, StringComparison.Ordinal);
        Assert.Contains("error parsing regexp: invalid escape sequence", error, StringComparison.Ordinal);
    }
}
