using Rampart.Cel.Checking;
using Rampart.Cel.Functions;
using Rampart.Cel.Interpreter;
using Rampart.Cel.Parsing;

namespace Rampart.Cel;

/// <summary>The compile pipeline: parse (with macros), check, plan.</summary>
internal static class Compiler
{
    public static CelCompileResult Compile(CelEnvironment environment, string source)
    {
        var parsed = Parser.Parse(source, environment.Limits, environment.Macros);
        if (parsed.Error is { } syntaxError)
        {
            return new CelCompileResult(null, [syntaxError]);
        }

        var root = parsed.Root!;
        try
        {
            var checkedAst = Checker.Check(root, parsed.IdCount, environment, parsed.Source, environment.TypeChecking);
            if (checkedAst.Errors.Count > 0)
            {
                return new CelCompileResult(null, checkedAst.Errors);
            }

            if (environment.TypeChecking
                && LiteralValidator.Validate(root, checkedAst, parsed.Source, environment.KubernetesCompileChecks) is { Count: > 0 } invalid)
            {
                return new CelCompileResult(null, invalid);
            }

            var plan = Planner.Plan(root, checkedAst, parsed.Source, environment.KubernetesCompileChecks);
            if (plan.Errors.Count > 0)
            {
                return new CelCompileResult(null, plan.Errors);
            }

            var cost = CostEstimator.Estimate(root, checkedAst, environment);
            var program = new CelProgram(source, checkedAst.TypeOf(root.Id), cost, plan.Root, plan.Slots);
            return new CelCompileResult(program, []);
        }
        catch (InsufficientExecutionStackException)
        {
            // Only reachable when the limits were raised far beyond the defaults.
            return new CelCompileResult(null, [parsed.Source.Issue("expression nested too deeply to compile", 0)]);
        }
    }
}
