namespace Rampart.Regex;

/// <summary>
/// One capture group of a match. A group that took no part in the match has <see cref="Success"/> false,
/// <see cref="Index"/> -1 and a null <see cref="Value"/>; an empty match has an empty value.
/// Indexes and lengths count UTF-16 code units of the input.
/// </summary>
public sealed record Re2Group(int Number, string? Name, int Index, int Length, string? Value)
{
    public bool Success => Value is not null;
}
