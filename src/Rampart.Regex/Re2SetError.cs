namespace Rampart.Regex;

/// <summary>Why a <see cref="Re2Set"/> does not compile: the pattern at <paramref name="Index"/> is rejected (or -1 when the set as a whole is too large).</summary>
public sealed record Re2SetError(int Index, Re2Error Error)
{
    public override string ToString() => Index >= 0 ? $"pattern {Index}: {Error}" : Error.ToString();
}
