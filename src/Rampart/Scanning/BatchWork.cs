namespace Rampart.Scanning;

/// <summary>
/// Work the consumer of a batch of renders hands back to the render stage (analysing the batch's objects), done in
/// the same parallel loop as the next batch's renders: the workers go from renders to analysis without waiting for
/// each other in between, so each batch costs one wait for the slowest item instead of two.
/// </summary>
internal abstract class BatchWork
{
    /// <summary>Items of work, done in any order, each on one worker.</summary>
    public abstract int Count { get; }

    /// <summary>The state of one worker of the loop (made before its first item, whether or not it gets one of these).</summary>
    public abstract object Begin();

    public abstract void Do(int item, object state);

    /// <summary>Called once per worker, after its last item, with its state.</summary>
    public abstract void End(object state);

    /// <summary>Does every item, on up to <paramref name="parallelism"/> threads, with no renders beside them.</summary>
    public void Run(int parallelism, CancellationToken cancellation) =>
        Parallel.For(
            0,
            Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            Begin,
            (i, _, state) =>
            {
                Do(i, state);
                return state;
            },
            End);
}
