namespace Rampart.Regex;

/// <summary>
/// Collects the items of a concatenation while parsing. The last item stays separate because a following
/// repetition operator applies to it alone (<c>ab*</c> is a then b*); earlier literals merge into strings.
/// </summary>
internal sealed class ConcatBuilder
{
    private readonly List<RegexNode> _done = [];
    private readonly List<int> _run = [];

    /// <summary>The item a repetition operator would apply to, or null at the start of the concatenation.</summary>
    public RegexNode? Last { get; set; }

    public void Push(RegexNode node)
    {
        Settle();
        Last = node;
    }

    public RegexNode Finish()
    {
        Settle();
        FlushRun();
        return _done.Count switch
        {
            0 => RegexNode.EmptyMatch(),
            1 => _done[0],
            _ => RegexNode.Concat([.. _done]),
        };
    }

    private void Settle()
    {
        if (Last is null)
        {
            return;
        }

        if (Last.Kind == NodeKind.Literal)
        {
            _run.AddRange(Last.Runes);
        }
        else if (Last.Kind != NodeKind.EmptyMatch)
        {
            FlushRun();
            _done.Add(Last);
        }

        Last = null;
    }

    private void FlushRun()
    {
        if (_run.Count > 0)
        {
            _done.Add(RegexNode.Literal([.. _run]));
            _run.Clear();
        }
    }
}
