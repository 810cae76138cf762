using System.Text;
using Rampart.Regex;
using Rampart.Templates;
using Rampart.Templates.Execution;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Helm's releaseutil.SortManifests: each rendered file split into documents at <c>---</c>, blank ones dropped, the
/// head of each read (a document that is not YAML is a problem at its template), hooks apart, and the rest stably
/// sorted by kind in Helm's install order; every document keeps the origins of its lines.
/// </summary>
internal static class ManifestSplitter
{
    private static readonly string[] InstallOrder =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget",
        "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role",
        "RoleList", "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet",
        "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ];

    /// <summary>Helm's document separator (releaseutil's <c>sep</c>), matched in linear time.</summary>
    private static readonly Re2Regex Separator = Re2Regex.Compile(@"(?:^|\s*\n)---\s*");

    public static List<RenderedManifest> Split(
        IEnumerable<(ChartTemplate Template, string Text, IReadOnlyList<OutputLine> Lines)> files,
        Dictionary<string, string> sources,
        List<RenderProblem> problems)
    {
        var generic = new List<RenderedManifest>();
        var hooks = new List<RenderedManifest>();
        foreach (var (template, text, lines) in files)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var (docText, startLine, trailing) in Documents(text))
            {
                var head = HelmYaml.ReadFirst(docText, template.SourceFile, out var error);
                if (error is not null)
                {
                    problems.Add(new RenderProblem(new SourcePosition(template.SourceFile, 1, 0), $"YAML parse error on {template.Name}: {error}"));
                    continue;
                }

                var map = head as GoMap;
                var kind = map?.GetValueOrDefault("kind") as string;
                var hook = map?.GetValueOrDefault("metadata") is GoMap meta && meta.GetValueOrDefault("annotations") is GoMap ann && ann.TryGetValue("helm.sh/hook", out var h) ? h as string ?? "" : null;
                var docLines = OriginsOf(lines, startLine, docText.Count(c => c == '\n') + 1, sources);
                (hook is not null ? hooks : generic).Add(new RenderedManifest(template.Name, template.SourceFile, docText, kind, hook, docLines) { Trailing = trailing });
            }
        }

        return [.. Sorted(generic), .. Sorted(hooks)];
    }

    private static IEnumerable<RenderedManifest> Sorted(List<RenderedManifest> list) =>
        list.Select((m, i) => (m, i)).OrderBy(p => p.m, Comparer<RenderedManifest>.Create(Compare)).ThenBy(p => p.i).Select(p => p.m);

    private static int Compare(RenderedManifest a, RenderedManifest b)
    {
        var ia = Array.IndexOf(InstallOrder, a.Kind ?? "");
        var ib = Array.IndexOf(InstallOrder, b.Kind ?? "");
        return (ia, ib) switch
        {
            (< 0, < 0) => string.CompareOrdinal(a.Kind ?? "", b.Kind ?? ""),
            (< 0, _) => 1,
            (_, < 0) => -1,
            _ => ia.CompareTo(ib),
        };
    }

    /// <summary>
    /// The documents of a rendered file (trimmed, blank ones dropped) with the output line each starts on and the
    /// whitespace that followed it up to the next <c>---</c> or the end of the file, which Helm 4 keeps.
    /// </summary>
    private static List<(string Text, int StartLine, string Trailing)> Documents(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var body = text[start..end];
        var result = new List<(string, int, string)>();
        var position = 0;
        foreach (var m in Separator.FindAll(body))
        {
            var dashes = body.IndexOf("---", m.Index, StringComparison.Ordinal);
            Add(body[position..m.Index], start + position, body[m.Index..dashes]);
            position = m.Index + m.Length;
        }

        Add(body[position..], start + position, text[end..]);
        return result;

        void Add(string piece, int offset, string trailing)
        {
            var lead = 0;
            while (lead < piece.Length && char.IsWhiteSpace(piece[lead]))
            {
                lead++;
            }

            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                result.Add((trimmed, 1 + text.AsSpan(0, offset + lead).Count('\n'), trailing));
            }
        }
    }

    private static List<ManifestLine> OriginsOf(IReadOnlyList<OutputLine> lines, int startLine, int count, Dictionary<string, string> sources)
    {
        var result = new List<ManifestLine>(count);
        for (var i = 0; i < count && startLine - 1 + i < lines.Count; i++)
        {
            var o = lines[startLine - 1 + i];
            var template = sources.TryGetValue(o.Template.File, out var file) ? o.Template with { File = file } : o.Template;
            result.Add(new ManifestLine(i + 1, template, o.Value));
        }

        return result;
    }

    /// <summary>The crds/ files of the chart and its dependencies, as Helm prints them before the manifests.</summary>
    public static void AddCrds(HelmChart chart, List<RenderedManifest> manifests)
    {
        foreach (var (path, data) in chart.Files.Where(f => f.Key.StartsWith("crds/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!(path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal)))
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(data);
            var source = chart.SourceOf(path);
            var lines = Enumerable.Range(1, text.Count(c => c == '\n') + 1).Select(l => new ManifestLine(l, new SourcePosition(source, l, 0), null)).ToList();
            manifests.Add(new RenderedManifest(chart.FullPath + "/" + path, source, text, "CustomResourceDefinition", null, lines));
        }

        foreach (var dependency in chart.Dependencies)
        {
            AddCrds(dependency, manifests);
        }
    }
}
