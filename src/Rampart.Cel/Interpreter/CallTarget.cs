using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>One overload a call site may dispatch to, with its (possibly prepared) body.</summary>
internal sealed class CallTarget(CelOverload overload, CelImplementation implementation)
{
    public CelOverload Overload { get; } = overload;

    public CelImplementation Implementation { get; } = implementation;

    /// <summary>False when every parameter accepts any value, so no runtime type test is needed.</summary>
    public bool NeedsTypeTest { get; } = overload.Parameters.Any(p => p.Kind is not (CelTypeKind.Dyn or CelTypeKind.TypeParam));

    public long? FixedCost { get; } = overload.Cost.FixedCost;
}
