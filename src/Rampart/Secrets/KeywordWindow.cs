namespace Rampart.Secrets;

/// <summary>
/// Whole lines of a text, from <see cref="Start"/> to just before <see cref="End"/>, the rules (a bit set) whose keywords
/// occur in them, and the keyword hits that made it (<see cref="FirstHit"/> to just before <see cref="HitsEnd"/> in the
/// list the windows were built from).
/// </summary>
public readonly record struct KeywordWindow(int Start, int End, UInt128 Groups, int FirstHit, int HitsEnd)
{
    public int Length => End - Start;
}
