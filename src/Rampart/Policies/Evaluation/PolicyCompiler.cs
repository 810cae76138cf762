using Rampart.Cel;
using Rampart.Findings;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Compiles a policy's match conditions, variables, validations and message expressions. Every compile error
/// becomes a problem finding at the expression's file, line and column; a policy with errors is not applied.
/// </summary>
internal static class PolicyCompiler
{
    public static CompiledPolicy? Compile(Policy policy, ICollection<Finding> problems) =>
        Compile(policy, problems, PolicyEnvironments.Default);

    public static CompiledPolicy? Compile(Policy policy, ICollection<Finding> problems, PolicyEnvironments environments)
    {
        var failed = false;
        CelProgram? Program(CelEnvironment env, PolicyExpression expression, string where)
        {
            var result = env.Compile(expression.Text);
            if (result.Success)
            {
                return result.Program;
            }

            failed = true;
            foreach (var issue in result.Errors)
            {
                var location = expression.IsSynthetic
                    ? new SourceLocation(policy.SourcePath, policy.Start.Line, policy.Start.Column)
                    : expression.ToLocation(policy.SourcePath, issue.Line, issue.Column);
                problems.Add(PolicyProblems.CompileError(location, $"{policy.Id} {where}: {issue.Message}"));
            }

            return null;
        }

        var conditions = new List<CompiledCondition>();
        foreach (var condition in policy.MatchConditions)
        {
            if (Program(environments.MatchCondition, condition.Expression, $"match condition '{condition.Name}'") is { } p)
            {
                conditions.Add(new CompiledCondition(condition.Name, p, ReferenceEquals(condition, PodSpecPolicy.MatchCondition)));
            }
        }

        var variables = new List<CompiledVariable>();
        foreach (var variable in policy.Variables)
        {
            if (Program(environments.Validation, variable.Expression, $"variable '{variable.Name}'") is { } p)
            {
                variables.Add(new CompiledVariable(variable.Name, p, SharedKey(policy, variable)));
            }
        }

        var validations = new List<CompiledValidation>();
        foreach (var validation in policy.Validations)
        {
            var program = Program(environments.Validation, validation.Expression, $"validation {validation.Index}");
            var levels = Levels(validation, environments);

            // A message may name the items of the all() levels a failure is located through (the failing element).
            var message = validation.MessageExpression is { } m
                ? Program(environments.WithItems([.. levels.Select(l => l.Item)]), m, $"messageExpression of validation {validation.Index}")
                : null;
            if (program is not null)
            {
                validations.Add(new CompiledValidation(validation, program, message, levels));
            }
        }

        return failed ? null : new CompiledPolicy(policy, conditions, variables, validations);
    }

    /// <summary>
    /// The key under which a variable's value can be shared between policies on one object: its text, when it reads
    /// only the object, the request and the namespace (and, for pod-spec policies, the injected variables).
    /// </summary>
    private static string? SharedKey(Policy policy, PolicyVariable variable)
    {
        if (variable.IsInjected)
        {
            return "injected:" + variable.Name;
        }

        var text = variable.Expression.Text;
        var rest = text;
        if (policy.PodSpec)
        {
            foreach (var injected in PodSpecPolicy.Variables)
            {
                rest = rest.Replace("variables." + injected.Name, "", StringComparison.Ordinal);
            }
        }

        if (rest.Contains(PolicyEnvironment.Variables, StringComparison.Ordinal) || rest.Contains(PolicyEnvironment.Params, StringComparison.Ordinal))
        {
            return null;
        }

        return (policy.PodSpec && rest.Length != text.Length ? "pod-spec:" : "object:") + text.Trim();
    }

    /// <summary>
    /// The <c>all()</c> levels a failure of <paramref name="validation"/> is located through: down to the level
    /// whose item the location hint names, every level when there is no hint, none when the hint starts at
    /// <c>object</c> or a variable.
    /// </summary>
    private static List<CompiledLevel> Levels(PolicyValidation validation, PolicyEnvironments environments)
    {
        var patterns = new List<ForEachPattern>();
        for (var p = ForEachPattern.Match(validation.Expression.Text); p is not null && patterns.Count < 8; p = ForEachPattern.Match(p.Body))
        {
            patterns.Add(p);
        }

        var depth = patterns.Count;
        if (validation.Field is { } field)
        {
            depth = patterns.FindIndex(p => p.Item == field.Root) + 1;
        }

        var levels = new List<CompiledLevel>();
        var items = new List<string>();
        foreach (var pattern in patterns.Take(depth))
        {
            var list = environments.WithItems(items).Compile(pattern.List);
            items.Add(pattern.Item);
            var body = environments.WithItems(items).Compile(pattern.Body);
            if (!list.Success || !body.Success)
            {
                break;
            }

            levels.Add(new CompiledLevel(pattern.Item, list.Program, body.Program, pattern.Negated));
        }

        return levels;
    }
}
