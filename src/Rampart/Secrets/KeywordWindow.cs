namespace Rampart.Secrets;

/// <summary>Whole lines of a text, from <see cref="Start"/> to just before <see cref="End"/>, and the rules (a bit set) whose keywords occur in them.</summary>
public readonly record struct KeywordWindow(int Start, int End, UInt128 Groups)
{
    public int Length => End - Start;
}
