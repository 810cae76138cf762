namespace Rampart.Regex;

/// <summary>
/// The reverse of an expression: it matches the reversed text of every match of the original, with the
/// assertions turned round (\A and \z, ^ and $ swap; word boundaries read the same both ways). The reverse DFA
/// runs it backwards from a match's end to find where the match starts.
/// </summary>
internal static class Reversal
{
    public static RegexNode Reverse(RegexNode node) => node.Kind switch
    {
        NodeKind.Literal => RegexNode.Literal([.. node.Runes.Reverse()]),
        NodeKind.Assertion => RegexNode.ForAssertion(Turn(node.Assertion)),
        NodeKind.Concat => RegexNode.Concat([.. node.Subs.Reverse().Select(Reverse)]),
        NodeKind.Alternate => RegexNode.Alternate([.. node.Subs.Select(Reverse)]),
        NodeKind.Capture => RegexNode.Capture(node.CaptureIndex, node.CaptureName, Reverse(node.Subs[0])),
        NodeKind.Star or NodeKind.Plus or NodeKind.Quest => RegexNode.Repetition(node.Kind, Reverse(node.Subs[0]), node.Greedy),
        NodeKind.Repeat => RegexNode.Repeat(Reverse(node.Subs[0]), node.Min, node.Max, node.Greedy),
        _ => node,
    };

    private static EmptyFlags Turn(EmptyFlags flags) => flags switch
    {
        EmptyFlags.BeginLine => EmptyFlags.EndLine,
        EmptyFlags.EndLine => EmptyFlags.BeginLine,
        EmptyFlags.BeginText => EmptyFlags.EndText,
        EmptyFlags.EndText => EmptyFlags.BeginText,
        _ => flags,
    };
}
