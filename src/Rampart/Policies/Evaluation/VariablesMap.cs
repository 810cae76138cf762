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

    /// <summary>Enough slots for the variables of nearly every policy (the pod-spec ones have three injected and a few of their own).</summary>
    private const int MinimumSlots = 8;

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
            // Sized for the policies after this one too: growing through every size on each object was a tenth of the policies' garbage.
            values = new CelValue?[Math.Max(count, MinimumSlots)];
        }
        else
        {
            Array.Clear(values, 0, count);
        }
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && policy is not null && policy.VariableIndex(s.Value) is var i and >= 0)
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

        var scope = activation.Scope;
        var slot = compiled.SharedSlot(i);
        if (slot >= 0 && scope.SharedVariable(slot) is { } cached)
        {
            return values[i] = cached;
        }

        values[i] = Evaluating;
        var value = compiled.Variables[i].Program.Evaluate(activation, scope.Options);
        if (slot >= 0)
        {
            scope.ShareVariable(slot, value);
        }

        return values[i] = value;
    }
}
