namespace Rampart;

/// <summary>
/// Counts the elementary steps a matcher takes (pattern positions advanced, table cells filled, rules tried),
/// so tests can show that work grows linearly with the input without timing anything.
/// </summary>
internal sealed class StepCounter
{
    public long Steps { get; set; }
}
