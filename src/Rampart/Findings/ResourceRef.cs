using System.Text;

namespace Rampart.Findings;

/// <summary>The Kubernetes object a finding is about.</summary>
public sealed record ResourceRef(string ApiVersion, string Kind, string? Namespace, string? Name)
{
    /// <summary>A stable identity: <c>group/kind/namespace/name</c> (the version is left out so that an API upgrade keeps it).</summary>
    public string Identity => AppendIdentity(new StringBuilder()).ToString();

    /// <summary>The group of <see cref="ApiVersion"/>: what comes before its first slash, or nothing for the core group.</summary>
    private ReadOnlySpan<char> Group => ApiVersion.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? ApiVersion.AsSpan(0, slash) : [];

    /// <summary>Appends <see cref="Identity"/> to <paramref name="text"/> without making it a string first.</summary>
    public StringBuilder AppendIdentity(StringBuilder text) =>
        text.Append(Group).Append('/').Append(Kind).Append('/').Append(Namespace).Append('/').Append(Name);

    /// <summary>
    /// Compares the <see cref="Identity"/> of two resources as <see cref="string.CompareOrdinal(string, string)"/> compares
    /// the two strings (a null resource first), without making them: a sort of many findings on the same line of a shared
    /// base (one per overlay that renders it) compares identities at almost every step.
    /// </summary>
    public static int CompareIdentity(ResourceRef? x, ResourceRef? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var parts = 0;
        var order = ComparePart(x.Group, y.Group, last: false, ref parts);
        order = parts == 1 ? ComparePart(x.Kind, y.Kind, last: false, ref parts) : order;
        order = parts == 2 ? ComparePart(x.Namespace, y.Namespace, last: false, ref parts) : order;
        order = parts == 3 ? ComparePart(x.Name, y.Name, last: true, ref parts) : order;

        // A part that ends where the other's goes on with a slash of its own (a kind or name with a slash in it): the
        // parts no longer line up, so the strings themselves are compared.
        return parts < 0 ? string.CompareOrdinal(x.Identity, y.Identity) : order;
    }

    /// <summary>
    /// Compares one part of two identities: the order when it tells them apart (and <paramref name="parts"/> stays),
    /// 0 with <paramref name="parts"/> moved on when the parts are equal, or <paramref name="parts"/> set to -1 when
    /// the comparison cannot go on part by part.
    /// </summary>
    private static int ComparePart(ReadOnlySpan<char> x, ReadOnlySpan<char> y, bool last, ref int parts)
    {
        var common = Math.Min(x.Length, y.Length);
        var order = x[..common].SequenceCompareTo(y[..common]);
        if (order != 0)
        {
            return order;
        }

        if (x.Length == y.Length)
        {
            parts++;
            return 0;
        }

        if (last)
        {
            return x.Length - y.Length;
        }

        // The shorter part is followed by the slash that separates parts; the longer goes on with its own character.
        var next = x.Length > y.Length ? x[common] : y[common];
        if (next == '/')
        {
            parts = -1;
            return 0;
        }

        return x.Length < y.Length ? '/' - next : next - '/';
    }

    public override string ToString() =>
        Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
