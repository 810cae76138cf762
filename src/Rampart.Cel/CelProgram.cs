using Rampart.Cel.Functions;
using Rampart.Cel.Interpreter;
using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// A compiled expression. Immutable and thread-safe: evaluate it any number of times, concurrently, each
/// time with its own activation.
/// </summary>
public sealed class CelProgram
{
    private readonly EvalNode root;
    private readonly int slots;

    internal CelProgram(string source, CelType resultType, CelCostEstimate estimatedCost, EvalNode root, int slots)
    {
        Source = source;
        ResultType = resultType;
        EstimatedCost = estimatedCost;
        this.root = root;
        this.slots = slots;
    }

    public string Source { get; }

    /// <summary>The type the checker deduced (<see cref="CelType.Dyn"/> when unknown until evaluation).</summary>
    public CelType ResultType { get; }

    /// <summary>Static bounds on the cost of one evaluation, in the units of <see cref="CelEvaluationOptions.CostLimit"/>.</summary>
    public CelCostEstimate EstimatedCost { get; }

    /// <summary>
    /// Evaluates the program with the variables of <paramref name="activation"/>. Returns a
    /// <see cref="CelError"/> when evaluation fails as the specification defines (including when the cost limit is
    /// passed or the cancellation token fires); never null. Throws <see cref="CelInternalException"/> when a
    /// function, a host's adapter or the evaluator has a defect (an exception escaped it): that is not a result.
    /// </summary>
    public CelValue Evaluate(ICelActivation? activation = null, CelEvaluationOptions? options = null) =>
        Evaluate(activation, options, out _);

    /// <summary>Evaluates, and reports the cost units the evaluation spent.</summary>
    public CelValue Evaluate(ICelActivation? activation, CelEvaluationOptions? options, out long actualCost)
    {
        options ??= CelEvaluationOptions.Default;
        var frame = EvalFrame.Rent(activation ?? CelActivation.Empty, slots, options.CostLimit ?? long.MaxValue, options.CancellationToken);
        CelValue result;
        CelError? abort;
        try
        {
            result = frame.CheckCancelled() ? frame.Abort! : root.Evaluate(frame);
        }
        catch (OperationCanceledException)
        {
            result = new CelError(EvalFrame.CancelledMessage);
        }
        catch (InsufficientExecutionStackException)
        {
            // A value nested past what the stack holds (or a host's adapter presenting a cycle): a limit, like the cost limit.
            result = new CelError("value nested too deeply");
        }
        catch (CelInternalException e)
        {
            throw e.In(Source);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            // A host's map or list adapter, or the evaluator itself, failed: a defect, not a value a policy may ignore.
            throw new CelInternalException("evaluation", null, Source, e);
        }
        finally
        {
            // The frame goes back to the thread's spares whatever happened; what the caller needs of it is read first.
            actualCost = frame.Cost;
            abort = frame.Abort;
            frame.Return();
        }

        return abort ?? result;
    }
}
