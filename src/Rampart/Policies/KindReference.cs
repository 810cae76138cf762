namespace Rampart.Policies;

/// <summary>
/// A kind named as <c>Kind</c>, <c>group/Kind</c> or <c>group/version/Kind</c> (core kinds: <c>v1/Kind</c>). A
/// reference without a version matches every version of the group; one without a group matches any group.
/// </summary>
public sealed record KindReference(string? Group, string? Version, string Kind)
{
    public static KindReference? Parse(string text)
    {
        var parts = text.Trim().Split('/');
        return parts switch
        {
            [var kind] when kind.Length > 0 => new KindReference(null, null, kind),
            ["v1", var kind] when kind.Length > 0 => new KindReference("", "v1", kind),
            [var group, var kind] when kind.Length > 0 => new KindReference(group, null, kind),
            [var group, var version, var kind] when kind.Length > 0 => new KindReference(group, version, kind),
            _ => null,
        };
    }

    public bool Matches(string apiVersion, string kind)
    {
        if (!string.Equals(kind, Kind, StringComparison.Ordinal))
        {
            return false;
        }

        var (group, version) = Matching.KindCatalog.SplitApiVersion(apiVersion);
        return (Group is null || string.Equals(Group, group, StringComparison.Ordinal))
            && (Version is null || string.Equals(Version, version, StringComparison.Ordinal));
    }

    public override string ToString() =>
        Group is null ? Kind : Version is null ? $"{Group}/{Kind}" : Group.Length == 0 ? $"{Version}/{Kind}" : $"{Group}/{Version}/{Kind}";
}
