using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// Supplies the values of variables for one evaluation. A host may resolve them lazily; the evaluator asks
/// only for the variables the expression reads, each time it reads them.
/// </summary>
public interface ICelActivation
{
    bool TryResolve(string name, out CelValue value);
}
