using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// A patch's <c>target</c>: group, version, kind, name and namespace as anchored regular expressions (name and
/// namespace matched against the original or the current value), and label and annotation selectors.
/// </summary>
internal sealed class PatchTarget
{
    private readonly Func<string, bool>? group;
    private readonly Func<string, bool>? version;
    private readonly Func<string, bool>? kind;
    private readonly Func<string, bool>? name;
    private readonly Func<string, bool>? ns;
    private readonly List<Func<IReadOnlyDictionary<string, string>, bool>>? labels;
    private readonly List<Func<IReadOnlyDictionary<string, string>, bool>>? annotations;
    private readonly (string Key, string Value)? required;

    private PatchTarget(KMap target)
    {
        group = Pattern(target.Text("group"));
        version = Pattern(target.Text("version"));
        kind = Pattern(target.Text("kind"));
        name = Pattern(target.Text("name"));
        ns = Pattern(target.Text("namespace"));
        labels = Selector.Parse(target.Text("labelSelector"));
        required = RequiredLabel(target.Text("labelSelector"));
        annotations = Selector.Parse(target.Text("annotationSelector"));
    }

    /// <summary>Reads a target; null with an error when a pattern or selector does not parse.</summary>
    public static PatchTarget? Read(KMap target, out string? error)
    {
        error = null;
        try
        {
            var read = new PatchTarget(target);
            if ((target.Text("labelSelector") is not null && read.labels is null) || (target.Text("annotationSelector") is not null && read.annotations is null))
            {
                error = "the label or annotation selector does not parse";
                return null;
            }

            return read;
        }
        catch (ArgumentException e)
        {
            error = "the target holds an invalid regular expression: " + e.Message;
            return null;
        }
    }

    /// <summary>
    /// The resources of <paramref name="map"/> the target selects, in order. A label the selector requires
    /// (<c>key=value</c>) narrows the search to the resources carrying it; <paramref name="checks"/> counts the
    /// resources looked at.
    /// </summary>
    public List<Resource> Select(ResourceMap map, ref long checks)
    {
        var candidates = required is { } label ? map.WithLabel(label.Key, label.Value) : map.Resources;
        checks += candidates.Count;
        return candidates.FindAll(Selects);
    }

    /// <summary>A <c>key=value</c> term of a label selector (every term must hold, so any one narrows the search).</summary>
    private static (string, string)? RequiredLabel(string? selector)
    {
        if (string.IsNullOrEmpty(selector) || selector.Contains('(', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var term in selector.Split(','))
        {
            var match = System.Text.RegularExpressions.Regex.Match(term, @"^\s*([^!=\s]+)\s*==?\s*([^!=\s]*)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            if (match.Success)
            {
                return (match.Groups[1].Value, match.Groups[2].Value);
            }
        }

        return null;
    }

    public bool Selects(Resource resource) => Selects(resource, anyId: false);

    /// <summary>Whether the target selects the resource by any name and namespace it had (replacements select so).</summary>
    public bool SelectsByAnyId(Resource resource) => Selects(resource, anyId: true);

    private bool Selects(Resource resource, bool anyId)
    {
        var gvk = resource.Gvk;
        if (!Matches(group, gvk.Group) || !Matches(version, gvk.Version) || !Matches(kind, gvk.Kind))
        {
            return false;
        }

        var original = resource.OriginalId;
        if (name is not null && !name(original.Name) && !name(resource.Name) && !(anyId && resource.PreviousIds.Exists(id => name(id.Name))))
        {
            return false;
        }

        if (ns is not null && !ns(Effective(original)) && !ns(Effective(resource.CurrentId)) && !(anyId && resource.PreviousIds.Exists(id => ns(Effective(id)))))
        {
            return false;
        }

        return (labels is null || labels.All(test => test(Values(resource.Metadata?.Map("labels"))))) &&
               (annotations is null || annotations.All(test => test(Values(resource.Metadata?.Map("annotations")))));
    }

    private static string Effective(ResId id) => ClusterScoped.Is(id.Gvk) ? "" : id.Namespace.Length == 0 ? "default" : id.Namespace;

    private static bool Matches(Func<string, bool>? pattern, string value) => pattern is null || pattern(value);

    /// <summary>
    /// An anchored pattern: plain names compare as text; others run as a regular expression without backtracking
    /// (linear in the name, whatever the pattern).
    /// </summary>
    private static Func<string, bool>? Pattern(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
        {
            return value => value == text;
        }

        var regex = new System.Text.RegularExpressions.Regex("^(?:" + text + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        return regex.IsMatch;
    }

    private static Dictionary<string, string> Values(KMap? map) =>
        map?.Entries.ToDictionary(e => e.Name, e => Scalars.TextOf(e.Value) ?? "", StringComparer.Ordinal) ?? [];
}
