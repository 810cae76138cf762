using Rampart.Cel.Values;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The <c>variables</c> map of one policy on one object: each variable is evaluated when first read and kept.
/// A variable that reads itself (directly or through others) is an error value, not a stack overflow.
/// </summary>
internal sealed class VariablesMap(PolicyActivation activation, CompiledPolicy policy) : CelMap
{
    private static readonly CelError Cycle = new("variables refer to each other in a cycle");

    /// <summary>Stands in <see cref="values"/> for a variable being evaluated (one array per policy and object, not two).</summary>
    private static readonly CelError Evaluating = new("variable being evaluated");

    private readonly CelValue?[] values = new CelValue?[policy.Variables.Count];

    public override int Count => values.Length;

    public override IEnumerable<CelValue> Keys => policy.Variables.Select(v => (CelValue)CelString.Of(v.Name));

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && policy.VariableIndex.TryGetValue(s.Value, out var i))
        {
            value = Get(i);
            return true;
        }

        value = null!;
        return false;
    }

    private CelValue Get(int i)
    {
        if (values[i] is { } known)
        {
            return ReferenceEquals(known, Evaluating) ? Cycle : known;
        }

        var variable = policy.Variables[i];
        var shared = activation.Scope.SharedVariables;
        if (variable.SharedKey is { } key && shared.TryGetValue(key, out var cached))
        {
            return values[i] = cached;
        }

        values[i] = Evaluating;
        var value = variable.Program.Evaluate(activation, activation.Scope.Options);
        if (variable.SharedKey is { } sharedKey)
        {
            shared[sharedKey] = value;
        }

        return values[i] = value;
    }
}
