using System.Text.Json;
using Rampart.Cel;
using Rampart.Cel.Adapters;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Evaluates the <c>x-kubernetes-validations</c> rules of a value, as the API server does for a custom resource: a
/// rule that is not true is a finding (RMP-SCHEMA-014) at the value, or at its <c>fieldPath</c>, with the rule's
/// message. A transition rule (one that reads <c>oldSelf</c>) runs only where an old object has the value. Cost is
/// bounded as in Kubernetes: each rule at most <see cref="PerRuleCostLimit"/>, all rules of one object together at
/// most <see cref="PerObjectCostBudget"/>; past that, the rest is not evaluated and a finding says so.
/// </summary>
internal static class ValidationRuleRunner
{
    public const long PerRuleCostLimit = 1_000_000;
    public const long PerObjectCostBudget = 10_000_000;

    public static void Run(ValidationRule[] rules, Node node, ValidationContext context)
    {
        if (context.CelBudgetExhausted)
        {
            return;
        }

        // The values as JSON, as the API server presents them to CEL (kept alive while the rules run).
        using var self = JsonDocument.Parse(NodeJson.ToUtf8(node), new JsonDocumentOptions { MaxDepth = 1024 });
        using var oldSelf = context.Old is { } old ? JsonDocument.Parse(NodeJson.ToUtf8(old), new JsonDocumentOptions { MaxDepth = 1024 }) : null;
        foreach (var rule in rules)
        {
            if (context.CelBudgetExhausted || (rule.IsTransition && oldSelf is null))
            {
                continue;
            }

            var activation = new CelActivation().Add(ValidationRuleCompiler.Self, CelAdapter.FromJson(self.RootElement));
            if (oldSelf is not null)
            {
                activation.Add(ValidationRuleCompiler.OldSelf, CelAdapter.FromJson(oldSelf.RootElement));
            }

            var limit = Math.Min(PerRuleCostLimit, PerObjectCostBudget - context.CelCost);
            var result = rule.Program.Evaluate(activation, new CelEvaluationOptions { CostLimit = limit }, out var cost);
            context.CelCost += Math.Min(cost, limit);
            if (cost > limit)
            {
                Exceeded(rule, node, context, limit == PerRuleCostLimit);
                continue;
            }

            switch (result)
            {
                case CelBool { Value: true }:
                    break;
                case CelBool:
                    Fail(rule, node, context, activation);
                    break;
                case CelError error:
                    context.Report(SchemaRules.ValidationRuleFailed, node, $"rule '{FindingText.Cut(rule.Rule)}' could not be evaluated: {error.Message}");
                    break;
                default:
                    context.Report(SchemaRules.ValidationRuleFailed, node, $"rule '{FindingText.Cut(rule.Rule)}' must evaluate to a bool, not {result.Type}");
                    break;
            }
        }
    }

    private static void Fail(ValidationRule rule, Node node, ValidationContext context, CelActivation activation)
    {
        var message = rule.Message ?? $"failed rule: {FindingText.Cut(rule.Rule)}";
        if (rule.MessageExpression is { } expression && context.CelCost < PerObjectCostBudget)
        {
            var limit = Math.Min(PerRuleCostLimit, PerObjectCostBudget - context.CelCost);
            var text = expression.Evaluate(activation, new CelEvaluationOptions { CostLimit = limit }, out var cost);
            context.CelCost += Math.Min(cost, limit);
            if (text is CelString { Value: { Length: > 0 } custom } && !custom.Contains('\n', StringComparison.Ordinal))
            {
                message = custom;
            }
        }

        if (rule.Reason is { } reason)
        {
            message = $"{message} ({reason})";
        }

        if (rule.FieldPath is { } fieldPath && RelativeField.Resolve(node, fieldPath) is { } target)
        {
            foreach (var step in target.Steps)
            {
                if (step.Field is { } field)
                {
                    context.Path.PushKey(field);
                }
                else
                {
                    context.Path.PushIndex(step.Index);
                }
            }

            context.Report(SchemaRules.ValidationRuleFailed, target.Node, message);
            foreach (var _ in target.Steps)
            {
                context.Path.Pop();
            }

            return;
        }

        context.Report(SchemaRules.ValidationRuleFailed, node, message);
    }

    private static void Exceeded(ValidationRule rule, Node node, ValidationContext context, bool perRule)
    {
        if (perRule)
        {
            context.Report(SchemaRules.ValidationRuleFailed, node,
                $"rule '{FindingText.Cut(rule.Rule)}' exceeded the cost limit of {PerRuleCostLimit:N0} for one rule; the API server rejects the object");
            return;
        }

        context.CelBudgetExhausted = true;
        context.Report(SchemaRules.ValidationRuleFailed, node,
            $"the validation rules of this object exceeded the cost budget of {PerObjectCostBudget:N0}; the API server rejects the object, and the remaining rules are not evaluated");
    }
}
