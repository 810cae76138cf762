using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// A compiled expression. Immutable and thread-safe: evaluate it any number of times, concurrently, each
/// time with its own activation.
/// </summary>
public sealed class CelProgram
{
    internal CelProgram(string source, CelType resultType, CelCostEstimate estimatedCost)
    {
        Source = source;
        ResultType = resultType;
        EstimatedCost = estimatedCost;
    }

    public string Source { get; }

    /// <summary>The type the checker deduced (<see cref="CelType.Dyn"/> when unknown until evaluation).</summary>
    public CelType ResultType { get; }

    /// <summary>Static bounds on the cost of one evaluation, in the units of <see cref="CelEvaluationOptions.CostLimit"/>.</summary>
    public CelCostEstimate EstimatedCost { get; }

    /// <summary>Evaluates the program. Returns a <see cref="CelError"/> when evaluation fails; never null.</summary>
    public CelValue Evaluate(ICelActivation? activation = null, CelEvaluationOptions? options = null)
    {
        _ = activation;
        _ = options;
        return new CelError("the evaluator is not available yet: " + Source);
    }
}
