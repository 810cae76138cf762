using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Loading;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Runs one compiled policy on one object: match conditions, then each validation. A validation that is false
/// gives one finding per failing element (see <see cref="CompiledLevel"/>); one that fails to evaluate gives a
/// policy-error finding unless the policy's failurePolicy is Ignore.
/// </summary>
internal static class PolicyRunner
{
    public static void Run(CompiledPolicy policy, ObjectScope scope, ICollection<Finding> findings)
    {
        var activation = scope.ActivationFor(policy);

        // Indexed loops: a foreach over these lists boxes an enumerator per policy and object.
        var conditions = policy.Conditions;
        for (var c = 0; c < conditions.Count; c++)
        {
            var condition = conditions[c];
            var result = condition.IsInjected
                ? scope.PodSpecCondition ??= condition.Program.Evaluate(activation, scope.Options)
                : condition.Program.Evaluate(activation, scope.Options);
            if (result is CelBool { Value: false })
            {
                return;
            }

            if (result is not CelBool)
            {
                ReportError(policy, scope, RootLocation(scope), $"match condition '{condition.Name}': {Describe(result)}", findings);
                return;
            }
        }

        var validations = policy.Validations;
        for (var v = 0; v < validations.Count; v++)
        {
            var validation = validations[v];
            var result = validation.Program.Evaluate(activation, scope.Options);
            switch (result)
            {
                case CelBool { Value: true }:
                    continue;
                case CelBool:
                    var message = Message(validation, activation, scope);
                    if (!Locate(policy, validation, scope, new FailureSite(null, activation, null), 0, message, findings))
                    {
                        findings.Add(Failure(policy, validation.Validation, scope, new FailureSite(null, activation, null), message));
                    }

                    break;
                default:
                    var at = FindingLocator.Locate(scope, validation.Validation, new FailureSite(null, activation, null));
                    ReportError(policy, scope, at, $"validation {validation.Validation.Index}: {Describe(result)}", findings);
                    break;
            }
        }
    }

    /// <summary>Reports the failing elements of level <paramref name="depth"/>; false when it cannot tell them apart.</summary>
    private static bool Locate(CompiledPolicy policy, CompiledValidation validation, ObjectScope scope, FailureSite site, int depth, string message, ICollection<Finding> findings)
    {
        if (depth >= validation.Levels.Count)
        {
            return false;
        }

        var level = validation.Levels[depth];
        var list = level.List.Evaluate(site.Activation, scope.Options);
        var reported = false;

        // Indexed loops rather than an iterator of pairs: this runs for every failing validation on every object.
        switch (list)
        {
            case NodeList nodes:
                for (var i = 0; i < nodes.Count; i++)
                {
                    reported |= LocateElement(policy, validation, scope, site, depth, message, findings, level, nodes[i], nodes.Sequence.Items[i]);
                }

                break;
            case CelList items:
                for (var i = 0; i < items.Count; i++)
                {
                    reported |= LocateElement(policy, validation, scope, site, depth, message, findings, level, items[i], NodeValues.NodeOf(items[i]));
                }

                break;
            case NodeMap map:
                var entries = map.Mapping.Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i].KeyText is { } key && NodeValues.IsPresent(entries[i].Value))
                    {
                        reported |= LocateElement(policy, validation, scope, site, depth, message, findings, level, CelString.Of(key), entries[i].Value);
                    }
                }

                break;
            case CelMap map:
                foreach (var key in map.Keys)
                {
                    reported |= LocateElement(policy, validation, scope, site, depth, message, findings, level, key, null);
                }

                break;
        }

        return reported;
    }

    /// <summary>Checks one element of level <paramref name="depth"/> and reports it if it fails; true when it reported anything.</summary>
    private static bool LocateElement(
        CompiledPolicy policy,
        CompiledValidation validation,
        ObjectScope scope,
        FailureSite site,
        int depth,
        string message,
        ICollection<Finding> findings,
        CompiledLevel level,
        CelValue element,
        Node? node)
    {
        var inner = new ItemActivation(site.Activation, level.Item, element);
        var result = level.Body.Evaluate(inner, scope.Options);
        var elementSite = new FailureSite(node ?? site.Element, inner, level.Item);
        if (result is not CelBool verdict)
        {
            ReportError(policy, scope, FindingLocator.Locate(scope, validation.Validation, elementSite),
                $"validation {validation.Validation.Index}: {Describe(result)}", findings);
            return true;
        }

        if (verdict.Value != level.Negated)
        {
            return false;
        }

        if (!Locate(policy, validation, scope, elementSite, depth + 1, message, findings))
        {
            findings.Add(Failure(policy, validation.Validation, scope, elementSite, ElementMessage(validation, elementSite, scope) ?? message));
        }

        return true;
    }

    private static Finding Failure(CompiledPolicy policy, PolicyValidation validation, ObjectScope scope, FailureSite site, string message)
    {
        var meta = policy.Policy.Metadata;
        return new Finding
        {
            RuleId = meta.Id,
            RuleFacts = policy.Facts,
            Severity = meta.Severity,
            Message = FailureMessages.Of(message, scope, site.Element),
            Location = FindingLocator.Locate(scope, validation, site),
            Responsibility = meta.Responsibility,
            Resource = scope.Object.Resource,
        };
    }

    /// <summary>
    /// The messageExpression evaluated at a failing element, where it may name the item variables (the element it is
    /// at), or null to keep the validation's message.
    /// </summary>
    private static string? ElementMessage(CompiledValidation validation, FailureSite site, ObjectScope scope) =>
        validation.MessageProgram?.Evaluate(site.Activation, scope.Options) is CelString { Value: var text }
            && !string.IsNullOrWhiteSpace(text) && !text.Contains('\n', StringComparison.Ordinal)
                ? text
                : null;

    private static string Message(CompiledValidation validation, ICelActivation activation, ObjectScope scope)
    {
        if (validation.MessageProgram?.Evaluate(activation, scope.Options) is CelString { Value: var text }
            && !string.IsNullOrWhiteSpace(text) && !text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        return validation.Validation.Message ?? $"failed expression: {validation.Validation.Expression.Text.Trim()}";
    }

    /// <summary>Where an error that concerns the whole object (a match condition) is reported: the object's first key.</summary>
    private static SourceLocation RootLocation(ObjectScope scope) =>
        new(scope.Object.Path, scope.Object.Root.Start.Line, scope.Object.Root.Start.Column, FieldPath: "");

    /// <summary>Reports an evaluation error at <paramref name="at"/>: the field the validation names, as a failure would be.</summary>
    private static void ReportError(CompiledPolicy policy, ObjectScope scope, SourceLocation at, string detail, ICollection<Finding> findings)
    {
        if (!policy.FailClosed)
        {
            return;
        }

        findings.Add(PolicyProblems.Create(
            PolicyProblems.EvaluationErrorId,
            "Policy evaluation failed",
            $"{policy.Policy.Id} could not be evaluated on {scope.Object.Resource}: {detail}",
            at) with
        {
            Resource = scope.Object.Resource,
            Discriminator = policy.Policy.Id,
        });
    }

    private static string Describe(CelValue result) => result switch
    {
        CelError error => error.Message,
        _ => $"expected a bool, got {result.Type}",
    };
}
