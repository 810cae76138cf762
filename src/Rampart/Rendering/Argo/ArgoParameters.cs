using Rampart.Loading;
using Rampart.Rendering.Helm;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Argo;

/// <summary>
/// The parameters one generator gives one application: flat names for Argo CD's default templates
/// (<c>{{path.basename}}</c>, <c>{{cluster}}</c>) and a tree for <c>goTemplate: true</c> (<c>{{ .path.basename }}</c>).
/// </summary>
internal sealed record ArgoParameters(IReadOnlyDictionary<string, string> Flat, GoMap Tree)
{
    /// <summary>A <c>list</c> generator element: its keys, and the entries of its <c>values</c> map as <c>values.key</c>.</summary>
    public static ArgoParameters OfElement(MappingNode element, string file)
    {
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in element.Entries)
        {
            if (entry.KeyText is not { } key)
            {
                continue;
            }

            if (key == "values" && entry.Value is MappingNode values)
            {
                foreach (var value in values.Entries.Where(v => v.KeyText is not null && v.Value is ScalarNode))
                {
                    flat["values." + value.KeyText] = ((ScalarNode)value.Value).Text;
                }
            }
            else if (entry.Value is ScalarNode scalar)
            {
                flat[key] = scalar.Text;
            }
        }

        return new ArgoParameters(flat, HelmYaml.ToGo(element, file, 0) as GoMap ?? []);
    }

    /// <summary>A folder the <c>git</c> directories generator found: <c>path</c>, <c>path.basename</c>,
    /// <c>path.basenameNormalized</c> and <c>path[n]</c>; for Go templates <c>.path.path</c>, <c>.path.segments</c>….</summary>
    public static ArgoParameters OfFolder(string folder)
    {
        var segments = folder.Split('/');
        var basename = segments[^1];
        var normalized = Normalize(basename);
        var flat = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["path"] = folder,
            ["path.basename"] = basename,
            ["path.basenameNormalized"] = normalized,
        };
        for (var i = 0; i < segments.Length; i++)
        {
            flat[$"path[{i}]"] = segments[i];
        }

        var path = new GoMap
        {
            ["path"] = folder,
            ["basename"] = basename,
            ["basenameNormalized"] = normalized,
            ["segments"] = segments.Cast<object?>().ToArray(),
        };
        return new ArgoParameters(flat, new GoMap { ["path"] = path });
    }

    /// <summary>A name made fit for a Kubernetes name as Argo CD does: lower case, runs of other characters as '-'.</summary>
    private static string Normalize(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' ? c : '-');
        }

        return text.ToString().Trim('-', '.');
    }
}
