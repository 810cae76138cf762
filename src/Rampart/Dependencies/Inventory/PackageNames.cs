using System.Text;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Package names as each ecosystem compares them: PyPI by PEP 503 (lower case, runs of <c>-_.</c> as one
/// <c>-</c>), NuGet, Packagist and Maven case-insensitively (lower case), the others exactly (npm names, scopes
/// included, are lower case already; Go module paths and crates are case-sensitive).
/// </summary>
public static class PackageNames
{
    public static string Normalize(string ecosystem, string name) => ecosystem switch
    {
        Ecosystem.PyPI => Pep503(name),
        Ecosystem.NuGet or Ecosystem.Packagist or Ecosystem.Maven => name.ToLowerInvariant(),
        _ => name,
    };

    private static string Pep503(string name)
    {
        var builder = new StringBuilder(name.Length);
        var separator = false;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.')
            {
                separator = true;
                continue;
            }

            if (separator && builder.Length > 0)
            {
                builder.Append('-');
            }

            separator = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
