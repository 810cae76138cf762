namespace Rampart.Regex;

/// <summary>
/// Counts the work a search does (instructions visited, transitions taken), so tests can show that it
/// grows linearly with the input without timing anything.
/// </summary>
internal sealed class StepCounter
{
    public long Steps { get; set; }

    /// <summary>The part of <see cref="Steps"/> the Pike VM took (the costliest matcher per byte).</summary>
    public long VmSteps { get; set; }
}
