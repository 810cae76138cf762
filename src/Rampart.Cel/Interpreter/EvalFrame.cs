using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The state of one evaluation: the activation, the slots of comprehension variables, the cost spent so far
/// and the cancellation token. Once the cost limit is passed or cancellation is requested, the frame is
/// aborted: every node returns at once and no error absorption can hide it.
/// </summary>
internal sealed class EvalFrame(ICelActivation activation, int slots, long costLimit, CancellationToken cancellation)
{
    public const string CostLimitMessage = "operation cancelled: actual cost limit exceeded";
    public const string CancelledMessage = "operation cancelled";

    public ICelActivation Activation { get; } = activation;

    public CelValue[] Locals { get; } = slots == 0 ? [] : new CelValue[slots];

    public long Cost { get; private set; }

    public CelError? Abort { get; private set; }

    /// <summary>The cost units left before the limit (0 once it has been passed).</summary>
    public long RemainingCost => Math.Max(0, costLimit - Cost);

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Adds <paramref name="cost"/>; false (and the frame aborted) when that passes the limit.</summary>
    public bool Charge(long cost)
    {
        Cost += cost;
        if (Cost > costLimit && Abort is null)
        {
            Abort = new CelError(CostLimitMessage);
        }

        return Abort is null;
    }

    /// <summary>Checks the cancellation token (between comprehension iterations).</summary>
    public bool CheckCancelled()
    {
        if (Cancellation.IsCancellationRequested && Abort is null)
        {
            Abort = new CelError(CancelledMessage);
        }

        return Abort is not null;
    }
}
