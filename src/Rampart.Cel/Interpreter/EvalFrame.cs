using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The state of one evaluation: the activation, the slots of comprehension variables, the cost spent so far
/// and the cancellation token. Once the cost limit is passed or cancellation is requested, the frame is
/// aborted: every node returns at once and no error absorption can hide it. A program's evaluation takes a frame
/// from its thread's spares (<see cref="Rent"/>) and gives it back when done (<see cref="Return"/>): a scan evaluates
/// tens of expressions on each of tens of thousands of objects, and a frame and its slots made for each were about a
/// tenth of what the scan allocated. No value keeps a frame: nodes read it while they evaluate, nothing else does.
/// </summary>
internal sealed class EvalFrame
{
    public const string CostLimitMessage = "operation cancelled: actual cost limit exceeded";
    public const string CancelledMessage = "operation cancelled";

    /// <summary>This thread's spare frames, one per level of evaluations nested in one another (a variable read inside an expression), linked by <see cref="nextSpare"/>.</summary>
    [ThreadStatic]
    private static EvalFrame? spares;

    /// <summary>Frames made on this thread (spares taken again are not counted): what the tests count.</summary>
    [ThreadStatic]
    private static long made;

    private EvalFrame? nextSpare;
    private long costLimit;

    public EvalFrame(ICelActivation activation, int slots, long costLimit, CancellationToken cancellation)
    {
        Activation = activation;
        Locals = slots == 0 ? [] : new CelValue[slots];
        this.costLimit = costLimit;
        Cancellation = cancellation;
    }

    public ICelActivation Activation { get; private set; }

    /// <summary>The slots of comprehension variables: at least as many as the program has, and cleared.</summary>
    public CelValue[] Locals { get; private set; }

    public long Cost { get; private set; }

    public CelError? Abort { get; private set; }

    public long RemainingCost => Math.Max(0, costLimit - Cost);

    public CancellationToken Cancellation { get; private set; }

    /// <summary>The frames made on the calling thread so far.</summary>
    internal static long Made => made;

    /// <summary>A frame for one evaluation: a spare of this thread's, set up afresh, or a new one.</summary>
    public static EvalFrame Rent(ICelActivation activation, int slots, long costLimit, CancellationToken cancellation)
    {
        if (spares is not { } frame)
        {
            made++;
            return new EvalFrame(activation, slots, costLimit, cancellation);
        }

        spares = frame.nextSpare;
        frame.nextSpare = null;
        frame.Activation = activation;
        frame.Locals = frame.Locals.Length >= slots ? frame.Locals : new CelValue[slots];
        frame.costLimit = costLimit;
        frame.Cancellation = cancellation;
        frame.Cost = 0;
        frame.Abort = null;
        return frame;
    }

    /// <summary>Gives a rented frame back once its evaluation is over, dropping what it referred to.</summary>
    public void Return()
    {
        Activation = CelActivation.Empty;
        Array.Clear(Locals);
        Abort = null;
        nextSpare = spares;
        spares = this;
    }

    public bool Charge(long cost)
    {
        Cost += cost;
        if (Cost > costLimit && Abort is null)
        {
            Abort = new CelError(CostLimitMessage);
        }

        return Abort is null;
    }

    public bool CheckCancelled()
    {
        if (Cancellation.IsCancellationRequested && Abort is null)
        {
            Abort = new CelError(CancelledMessage);
        }

        return Abort is not null;
    }
}
