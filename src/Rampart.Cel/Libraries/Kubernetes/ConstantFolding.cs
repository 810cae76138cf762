using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// Preparers that parse a literal argument once, at compile time: <c>quantity('1Gi')</c> or
/// <c>cidr('10.0.0.0/8')</c> then cost nothing to parse per evaluation. A literal that does not parse keeps
/// its runtime error, as in Kubernetes.
/// </summary>
internal static class ConstantFolding
{
    /// <summary>When every argument is a literal, the call's result, computed now.</summary>
    public static CelCallPreparer Fold(Func<CelValue[], CelValue> body) => constants =>
    {
        if (constants.Count == 0 || constants.Any(c => c is null))
        {
            return CelPreparation.Unchanged;
        }

        var result = body([.. constants!]);
        return CelPreparation.Replace((ReadOnlySpan<CelValue> _) => result);
    };
}
