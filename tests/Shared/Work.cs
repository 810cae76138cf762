namespace Rampart.Testing;

/// <summary>
/// Measures work without a clock, so that a test of linear time holds on a machine at any load: the bytes a piece
/// of code allocates on the calling thread (a quadratic copy shows as quadratic bytes), compared at two sizes.
/// </summary>
internal static class Work
{
    /// <summary>
    /// The bytes <paramref name="action"/> allocates on this thread. It runs once unmeasured first, so that one-time
    /// work (static caches, type initialisation) is not counted.
    /// </summary>
    public static long AllocatedBy(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// Asserts that <paramref name="work"/> grows linearly: at <paramref name="factor"/> times the size it is at most
    /// twice <paramref name="factor"/> times what it is at <paramref name="size"/> (room for buffers that double as
    /// they grow); quadratic work grows by the square of the factor.
    /// </summary>
    public static void AssertLinear(Func<int, long> work, int size, int factor = 8)
    {
        var small = work(size);
        var large = work(size * factor);
        TestContext.Current.TestOutputHelper?.WriteLine($"work: {small:N0} at size {size:N0}, {large:N0} at size {size * factor:N0}");

        Assert.True(small > 0, $"no work measured at {size:N0}");
        Assert.True(
            large <= 2L * factor * small,
            $"work grew from {small:N0} at size {size:N0} to {large:N0} at size {size * factor:N0}: more than {2 * factor} times for {factor} times the size");
    }
}
