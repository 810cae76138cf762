using System.Text;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Package URLs (the package-url specification): <c>pkg:type/namespace/name@version</c>, each segment
/// percent-encoded, with the type's own rules for names (PyPI names in PEP 503 form, npm scopes as the namespace,
/// Maven group as the namespace, Go module paths split at their slashes).
/// </summary>
public static class PackageUrl
{
    public static string For(string ecosystem, string name, string version)
    {
        var (type, path) = ecosystem switch
        {
            Ecosystem.Npm => ("npm", name),
            Ecosystem.NuGet => ("nuget", name),
            Ecosystem.PyPI => ("pypi", PackageNames.Normalize(ecosystem, name)),
            Ecosystem.Maven => ("maven", name.Replace(':', '/')),
            Ecosystem.Go => ("golang", name),
            Ecosystem.CratesIo => ("cargo", name),
            Ecosystem.RubyGems => ("gem", name),
            Ecosystem.Packagist => ("composer", name),
            Ecosystem.Debian => ("deb", "debian/" + name),
            Ecosystem.Alpine => ("apk", "alpine/" + name),
            _ => ("generic", name),
        };

        var builder = new StringBuilder("pkg:").Append(type).Append('/');
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            Encode(builder, segments[i]);
        }

        builder.Append('@');
        Encode(builder, version);
        return builder.ToString();
    }

    private static void Encode(StringBuilder builder, string segment)
    {
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
