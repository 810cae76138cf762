using Rampart.Findings;

namespace Rampart.Policies.Evaluation;

/// <summary>A policy with every expression compiled once; immutable and shared by every thread of a scan.</summary>
internal sealed class CompiledPolicy
{
    private readonly string[] variableNames;
    private readonly int[] sharedSlots;

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
        var names = new string[variables.Count];
        var slots = new int[variables.Count];
        for (var i = 0; i < variables.Count; i++)
        {
            names[i] = variables[i].Name;
            slots[i] = variables[i].SharedKey is { } key ? SharedVariableSlots.Of(key) : -1;
        }

        variableNames = names;
        sharedSlots = slots;
        Params = policy.Parameters?.ToValue(policy.Name);
        var meta = policy.Metadata;
        Facts = new RuleFacts(meta.Title, meta.Category, meta.Aliases, meta.Remediation, meta.HelpUri);
    }

    public Policy Policy { get; }
    public IReadOnlyList<CompiledCondition> Conditions { get; }
    public IReadOnlyList<CompiledVariable> Variables { get; }
    public IReadOnlyList<CompiledValidation> Validations { get; }

    /// <summary>What every finding of the policy says alike, shared by them all.</summary>
    public RuleFacts Facts { get; }

    /// <summary><c>params</c> when the policy takes parameters (their defaults with what <c>rampart.yaml</c> sets), else null.</summary>
    public Rampart.Cel.Values.CelValue? Params { get; }

    /// <summary>
    /// The index of the variable named <paramref name="name"/>, or -1. A policy has a handful of variables: comparing
    /// the names costs less than hashing the one asked for.
    /// </summary>
    public int VariableIndex(string name)
    {
        var names = variableNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The slot of variable <paramref name="index"/> among the values an object shares (<see cref="SharedVariableSlots"/>), or -1 when it is the policy's own.</summary>
    public int SharedSlot(int index) => sharedSlots[index];

    /// <summary>True when an evaluation error should be reported (failurePolicy Fail).</summary>
    public bool FailClosed => Policy.FailurePolicy != "Ignore";
}
