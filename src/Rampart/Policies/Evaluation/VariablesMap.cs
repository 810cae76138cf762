using Rampart.Cel.Values;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The <c>variables</c> map of one policy on one object: each variable is evaluated when first read and kept.
/// A variable that reads itself (directly or through others) is an error value, not a stack overflow. One map serves
/// every policy evaluated in an <see cref="ObjectScope"/>, one after the other (<see cref="Bind"/>): nothing keeps it
/// once its policy's run is over.
/// </summary>
internal sealed class VariablesMap(PolicyActivation activation) : CelMap
{
    private static readonly CelError Cycle = new("variables refer to each other in a cycle");

    /// <summary>Stands in <see cref="values"/> for a variable being evaluated (one array per policy and object, not two).</summary>
    private static readonly CelError Evaluating = new("variable being evaluated");

    private CompiledPolicy? policy;
    private CelValue?[] values = [];

    public override int Count => policy?.Variables.Count ?? 0;

    public override IEnumerable<CelValue> Keys => (policy?.Variables ?? []).Select(v => (CelValue)CelString.Of(v.Name));

    /// <summary>Makes this the map of <paramref name="compiled"/>'s variables, none of them evaluated yet.</summary>
    public void Bind(CompiledPolicy compiled)
    {
        policy = compiled;
        var count = compiled.Variables.Count;
        if (values.Length < count)
        {
            values = new CelValue?[count];
        }
        else
        {
            Array.Clear(values, 0, count);
        }
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && policy is not null && policy.VariableIndex.TryGetValue(s.Value, out var i))
        {
            value = Get(policy, i);
            return true;
        }

        value = null!;
        return false;
    }

    private CelValue Get(CompiledPolicy compiled, int i)
    {
        if (values[i] is { } known)
        {
            return ReferenceEquals(known, Evaluating) ? Cycle : known;
        }

        var variable = compiled.Variables[i];
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
