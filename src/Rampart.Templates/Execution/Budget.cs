namespace Rampart.Templates.Execution;

/// <summary>The counters an execution charges against its <see cref="ExecutionLimits"/>, shared by nested executions.</summary>
public sealed class Budget(ExecutionLimits limits)
{
    public ExecutionLimits Limits { get; } = limits;

    public long Steps { get; private set; }

    public long OutputChars { get; private set; }

    /// <summary>How many inclusions of each template name are open (Helm's guard against include recursion).</summary>
    public Dictionary<string, int> OpenIncludes { get; } = new(StringComparer.Ordinal);

    /// <summary>Charges one step; false when the limit is passed.</summary>
    public bool Step() => ++Steps <= Limits.MaxSteps;

    /// <summary>Charges <paramref name="chars"/> characters of output; false when the limit is passed.</summary>
    public bool Output(int chars)
    {
        OutputChars += chars;
        return OutputChars <= Limits.MaxOutputChars;
    }
}
