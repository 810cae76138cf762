using Rampart.Cel;
using Rampart.Cel.Values;

namespace Rampart.Policies.Evaluation;

/// <summary>An activation that adds one item variable (the element an <c>all()</c> is at) to another.</summary>
internal sealed class ItemActivation(ICelActivation parent, string name, CelValue value) : ICelActivation
{
    public bool TryResolve(string name1, out CelValue value1)
    {
        if (string.Equals(name1, name, StringComparison.Ordinal))
        {
            value1 = value;
            return true;
        }

        return parent.TryResolve(name1, out value1);
    }
}
