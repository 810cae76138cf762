using Rampart.Cel.Checking;
using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;

namespace Rampart.Cel.Interpreter;

/// <summary>Static cost estimate of a checked expression.</summary>
internal static class CostEstimator
{
    public static CelCostEstimate Estimate(Expr root, CheckResult check)
    {
        _ = root;
        _ = check;
        return CelCostEstimate.Zero;
    }
}
