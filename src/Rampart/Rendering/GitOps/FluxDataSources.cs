using System.Text;
using Rampart.Analysis;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The ConfigMaps and Secrets a Flux object reads (<c>substituteFrom</c>, <c>valuesFrom</c>), found among the
/// repository's objects: each key with its value (a Secret's <c>data</c> base64-decoded, its <c>stringData</c> as
/// written) and the line that set it.
/// </summary>
internal static class FluxDataSources
{
    /// <summary>A key of a ConfigMap or Secret: its text, and the node that set it (for its line and, in a block scalar, the lines of its text).</summary>
    public sealed record Entry(string Value, string File, Node At);

    /// <summary>The object <paramref name="reference"/> names (<c>kind</c>, <c>name</c>), or null with why it cannot be used.</summary>
    public static KubernetesObject? Find(ScanIndex index, Node reference, string? ns, out string? why)
    {
        var kind = FluxSpec.Text(reference, "kind") ?? "";
        var name = FluxSpec.Text(reference, "name") ?? "";
        why = null;
        if (kind is not ("ConfigMap" or "Secret"))
        {
            why = $"the {kind} {name} is not a ConfigMap or Secret";
            return null;
        }

        var found = FluxSpec.Named(index, o => o.Kind == kind && o.ApiVersion == "v1", name, ns);
        if (found is null)
        {
            why = $"the {kind} {(ns is null ? name : ns + "/" + name)} is not in the repository";
        }
        else if (found.Root["sops"] is MappingNode)
        {
            why = $"the {kind} {FluxSpec.NameOf(found)} is encrypted with SOPS";
            return null;
        }

        return found;
    }

    /// <summary>The keys of a ConfigMap or Secret, in file order (<c>stringData</c> over <c>data</c>).</summary>
    public static List<(string Key, Entry Entry)> Entries(KubernetesObject source)
    {
        var result = new List<(string, Entry)>();
        var secret = source.Kind == "Secret";
        foreach (var field in secret ? new[] { "data", "stringData" } : ["data"])
        {
            if (source.Root[field] is not MappingNode data)
            {
                continue;
            }

            foreach (var entry in data.Entries)
            {
                if (entry.KeyText is not { } key || entry.Value is not ScalarNode value)
                {
                    continue;
                }

                var text = secret && field == "data" ? Decode(value.Text) : value.Text;
                if (text is not null)
                {
                    result.Add((key, new Entry(text, source.Path, value)));
                }
            }
        }

        return result;
    }

    private static string? Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
