namespace Rampart.Templates;

/// <summary>
/// Runs a rendering on a thread with a large stack, so that nesting as deep as Helm allows (1,000 includes of one
/// template) fits; deeper nesting still ends in an error (the executor checks the stack), never a crash.
/// </summary>
public static class DeepStack
{
    /// <summary>The stack size of the rendering thread.</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
#pragma warning disable CA1031 // rethrown on the calling thread below, with its original stack
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
