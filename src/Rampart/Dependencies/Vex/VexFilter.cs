namespace Rampart.Dependencies.Vex;

/// <summary>
/// The VEX statements of a scan, asked per vulnerability of a package: the last statement (in the order the documents
/// were given, then their order) that names one of the vulnerability's ids or aliases and the package's URL decides.
/// A product URL with a version matches that version only; one without a version matches every version of the package.
/// Qualifiers and subpaths are ignored, percent-escapes decoded, names compared without case.
/// </summary>
public sealed class VexFilter(IReadOnlyList<VexStatement> statements)
{
    public static VexFilter None { get; } = new([]);

    public int Count => statements.Count;

    /// <summary>The statement that decides for this vulnerability of this package, or null when none speaks of it.</summary>
    public VexStatement? Decide(IEnumerable<string> vulnerabilityIds, string purl)
    {
        if (statements.Count == 0)
        {
            return null;
        }

        var ids = new HashSet<string>(vulnerabilityIds, StringComparer.OrdinalIgnoreCase);
        var package = Parse(purl);
        return statements.LastOrDefault(s => s.Vulnerabilities.Any(ids.Contains) && s.Products.Any(p => Matches(Parse(p), package)));
    }

    private static bool Matches((string Name, string? Version) product, (string Name, string? Version) package) =>
        string.Equals(product.Name, package.Name, StringComparison.OrdinalIgnoreCase)
        && (product.Version is null || string.Equals(product.Version, package.Version, StringComparison.Ordinal));

    /// <summary>A package URL as <c>type/namespace/name</c> and version, both decoded; qualifiers and subpath dropped.</summary>
    internal static (string Name, string? Version) Parse(string purl)
    {
        var end = purl.IndexOfAny(['?', '#']);
        var text = end < 0 ? purl : purl[..end];
        var at = text.LastIndexOf('@');
        var slash = text.LastIndexOf('/');
        string? version = null;
        if (at > slash && at >= 0)
        {
            version = Uri.UnescapeDataString(text[(at + 1)..]);
            text = text[..at];
        }

        return (Uri.UnescapeDataString(text).TrimEnd('/'), version);
    }
}
