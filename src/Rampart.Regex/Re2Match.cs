namespace Rampart.Regex;

/// <summary>A match: the whole matched text (group 0) and every capture group, in group-number order.</summary>
public sealed class Re2Match
{
    internal Re2Match(IReadOnlyList<Re2Group> groups)
    {
        Groups = groups;
    }

    /// <summary>All groups; <c>Groups[0]</c> is the whole match.</summary>
    public IReadOnlyList<Re2Group> Groups { get; }

    /// <summary>Where the match starts, in UTF-16 code units.</summary>
    public int Index => Groups[0].Index;

    /// <summary>How long the match is, in UTF-16 code units.</summary>
    public int Length => Groups[0].Length;

    /// <summary>The matched text.</summary>
    public string Value => Groups[0].Value!;

    /// <summary>The group with this name, or null when the pattern has no such named group.</summary>
    public Re2Group? Group(string name)
    {
        foreach (var group in Groups)
        {
            if (group.Name == name)
            {
                return group;
            }
        }

        return null;
    }

    public override string ToString() => Value;
}
