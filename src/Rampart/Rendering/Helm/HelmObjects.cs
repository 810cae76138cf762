using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Turns the manifests a chart renders into <see cref="RenderedObject"/>s: each manifest is read with the loader and
/// every node is placed at the line that produced it. A scalar printed from a value stands at the values line that set
/// it (the chart's <c>values.yaml</c>, a values file, a HelmRelease's <c>values:</c> line); any other node at its
/// template line. Identity is the rendered one, with the release namespace on namespaced kinds that name none.
/// </summary>
public static class HelmObjects
{
    /// <summary>
    /// The objects of <paramref name="manifests"/>, rendered from the chart whose <c>Chart.yaml</c> is
    /// <paramref name="chartYaml"/> for a release in <paramref name="releaseNamespace"/>. A manifest the loader cannot
    /// read adds its findings to <paramref name="findings"/> and gives no object.
    /// </summary>
    public static IReadOnlyList<RenderedObject> Convert(
        IEnumerable<RenderedManifest> manifests, string chartYaml, string releaseNamespace, ICollection<Finding> findings)
    {
        var loader = new YamlLoader();
        var origins = new Dictionary<string, NodeOrigin>(StringComparer.Ordinal);
        var result = new List<RenderedObject>();
        foreach (var manifest in manifests)
        {
            var placer = new LinePlacer(manifest.Lines, origins);
            foreach (var document in loader.Load(manifest.SourceFile, manifest.Text))
            {
                var objects = new List<KubernetesObject>();
                var problems = new List<Finding>();
                ObjectReader.Read(document, isManifest: true, objects, problems);
                foreach (var problem in problems)
                {
                    findings.Add(problem with { Location = placer.Locate(problem.Location) });
                }

                foreach (var read in objects)
                {
                    var root = (MappingNode)placer.Place(read.Root, inValue: false);
                    var template = InRepository(manifest.SourceFile);
                    result.Add(new RenderedObject(root, Identity(read.Resource, releaseNamespace), template, [chartYaml, template]));
                }
            }
        }

        return result;
    }

    /// <summary>A chart path as the repository names it: a chart at the root is displayed as <c>.</c>, its files as <c>./x</c>.</summary>
    internal static string InRepository(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>The identity Helm installs the object under: its own namespace, else the release's when its kind has one.</summary>
    public static ResourceRef Identity(ResourceRef rendered, string releaseNamespace) =>
        string.IsNullOrEmpty(rendered.Namespace) && !ClusterScoped.Is(Gvk.Of(rendered.ApiVersion, rendered.Kind))
            ? rendered with { Namespace = releaseNamespace }
            : rendered;
}
