namespace Rampart.Regex;

/// <summary>
/// Matching on spans without allocating: UTF-16 text (<c>ReadOnlySpan&lt;char&gt;</c>, positions in code units)
/// and UTF-8 bytes (<c>ReadOnlySpan&lt;byte&gt;</c>, positions in bytes; an invalid byte reads as U+FFFD).
/// </summary>
public sealed partial class Re2Regex
{
    /// <summary>Whether any substring of the UTF-16 text matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> input) => IsMatch(new Utf16Text(input), null);

    /// <summary>Whether any substring of the UTF-8 bytes matches.</summary>
    public bool IsMatch(ReadOnlySpan<byte> utf8) => IsMatch(new Utf8Text(utf8), null);

    /// <summary>The bounds of the leftmost-first match in the UTF-16 text; false when there is none.</summary>
    public bool TryFind(ReadOnlySpan<char> input, out Re2Bounds match) => TryFindBounds(new Utf16Text(input), 0, null, out match);

    /// <summary>The bounds of the leftmost-first match at or after <paramref name="start"/>; text before it still counts for ^ and \b.</summary>
    public bool TryFind(ReadOnlySpan<char> input, int start, out Re2Bounds match) => TryFindBounds(new Utf16Text(input), start, null, out match);

    /// <summary>The bounds, in bytes, of the leftmost-first match in the UTF-8 bytes; false when there is none.</summary>
    public bool TryFind(ReadOnlySpan<byte> utf8, out Re2Bounds match) => TryFindBounds(new Utf8Text(utf8), 0, null, out match);

    /// <summary>The bounds, in bytes, of the leftmost-first match at or after byte <paramref name="start"/>.</summary>
    public bool TryFind(ReadOnlySpan<byte> utf8, int start, out Re2Bounds match) => TryFindBounds(new Utf8Text(utf8), start, null, out match);

    /// <summary>
    /// The leftmost-first match at or after <paramref name="start"/> with its groups: <c>groups[0]</c> is the whole
    /// match, <c>groups[i]</c> group <c>i</c> (<see cref="Re2Bounds.Unmatched"/> when it took no part), for as many
    /// groups as the span holds. False, leaving the span as it was, when nothing matches.
    /// </summary>
    public bool TryFindGroups(ReadOnlySpan<char> input, int start, Span<Re2Bounds> groups) => TryFindGroups(new Utf16Text(input), start, groups);

    /// <inheritdoc cref="TryFindGroups(ReadOnlySpan{char}, int, Span{Re2Bounds})"/>
    public bool TryFindGroups(ReadOnlySpan<byte> utf8, int start, Span<Re2Bounds> groups) => TryFindGroups(new Utf8Text(utf8), start, groups);

    /// <summary>
    /// The leftmost-first match that starts exactly at byte <paramref name="start"/> (the text before it still counts
    /// for ^ and \b), with its groups as <see cref="TryFindGroups(ReadOnlySpan{byte}, int, Span{Re2Bounds})"/> gives
    /// them. Where a caller knows where a match can start (a keyword it found), this reads only as far as a match from
    /// there could run, instead of searching the rest of the text.
    /// </summary>
    public bool TryMatchGroupsAt(ReadOnlySpan<byte> utf8, int start, Span<Re2Bounds> groups) => TryFindGroups(new Utf8Text(utf8), start, groups, anchored: true);

    /// <summary>
    /// The bounds of successive non-overlapping matches, as <see cref="FindAll(string, int)"/> finds them, one at a
    /// time and without allocating: <c>foreach (var m in regex.EnumerateMatches(text)) { ... }</c>.
    /// </summary>
    public Re2MatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => new(this, input);

    /// <inheritdoc cref="EnumerateMatches(ReadOnlySpan{char})"/>
    public Re2MatchEnumerator EnumerateMatches(ReadOnlySpan<byte> utf8) => new(this, utf8);
}
