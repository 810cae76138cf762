using Rampart.Findings;

namespace Rampart.Policies.Evaluation;

/// <summary>A policy with every expression compiled once; immutable and shared by every thread of a scan.</summary>
internal sealed class CompiledPolicy
{
    public CompiledPolicy(
        Policy policy,
        IReadOnlyList<CompiledCondition> conditions,
        IReadOnlyList<CompiledVariable> variables,
        IReadOnlyList<CompiledValidation> validations)
    {
        Policy = policy;
        Conditions = conditions;
        Variables = variables;
        Validations = validations;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            index[variables[i].Name] = i;
        }

        VariableIndex = index;
        Params = policy.Parameters?.ToValue(policy.Name);
        var meta = policy.Metadata;
        Facts = new RuleFacts(meta.Title, meta.Category, meta.Aliases, meta.Remediation, meta.HelpUri);
    }

    public Policy Policy { get; }
    public IReadOnlyList<CompiledCondition> Conditions { get; }
    public IReadOnlyList<CompiledVariable> Variables { get; }
    public IReadOnlyDictionary<string, int> VariableIndex { get; }
    public IReadOnlyList<CompiledValidation> Validations { get; }

    /// <summary>What every finding of the policy says alike, shared by them all.</summary>
    public RuleFacts Facts { get; }

    /// <summary><c>params</c> when the policy takes parameters (their defaults with what <c>rampart.yaml</c> sets), else null.</summary>
    public Rampart.Cel.Values.CelValue? Params { get; }

    /// <summary>True when an evaluation error should be reported (failurePolicy Fail).</summary>
    public bool FailClosed => Policy.FailurePolicy != "Ignore";
}
