using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies.Cel;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Everything about one object that every policy evaluated on it shares: the wrapped tree, the admission request,
/// the namespace object, the pod-spec variables (computed once, not once per policy) and, when a finding needs
/// it, the field paths of its nodes.
/// </summary>
internal sealed class ObjectScope(KubernetesObject obj, RepositoryIndex repository, CelEvaluationOptions options)
{
    private CelValue? request;
    private CelValue? namespaceObject;
    private IReadOnlyDictionary<string, string>? namespaceLabels;
    private NodePathIndex? paths;
    private IReadOnlyDictionary<string, string>? labels;

    public KubernetesObject Object { get; } = obj;
    public RepositoryIndex Repository { get; } = repository;
    public CelEvaluationOptions Options { get; } = options;
    public NodeMap Root { get; } = new(obj.Root);
    public ResourceTarget Target { get; } = repository.Kinds.Resolve(obj.Resource);
    public IReadOnlyDictionary<string, string> Labels => labels ??= LabelsOf(Object.Root);

    /// <summary>Values of variables shared by the policies evaluated on this object (see <see cref="CompiledVariable.SharedKey"/>).</summary>
    public Dictionary<string, CelValue> SharedVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>The result of the pod-spec match condition, the same for every pod-spec policy.</summary>
    public CelValue? PodSpecCondition { get; set; }

    public NodePathIndex Paths => paths ??= new NodePathIndex(Object.Root);

    public CelValue Request => request ??= AdmissionRequest.For(Object, Target);

    /// <summary>
    /// The object's Namespace: the repository's Namespace object of that name, or a minimal one (name and the
    /// <c>kubernetes.io/metadata.name</c> label, as every namespace has); null for cluster-scoped objects and for
    /// objects whose namespace is not written in the manifest.
    /// </summary>
    public CelValue NamespaceObject => namespaceObject ??= FindNamespace();

    /// <summary>The labels namespace selectors are matched against.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels => namespaceLabels ??= FindNamespaceLabels();

    public static IReadOnlyDictionary<string, string> LabelsOf(MappingNode root)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root["metadata"] is MappingNode { } metadata && metadata["labels"] is MappingNode map)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.KeyText is { } key && entry.Value is ScalarNode value && NodeValues.IsPresent(value))
                {
                    labels[key] = value.Text;
                }
            }
        }

        return labels;
    }

    private CelValue FindNamespace()
    {
        if (Target.Namespaced == false || Object.Namespace is not { } name)
        {
            return CelNull.Instance;
        }

        return Repository.Namespace(name) is { } ns ? new NodeMap(ns.Root) : AdmissionRequest.MinimalNamespace(name);
    }

    private IReadOnlyDictionary<string, string> FindNamespaceLabels()
    {
        if (Object.Kind == "Namespace" && Target.Namespaced == false)
        {
            return Labels;
        }

        if (Object.Namespace is not { } name)
        {
            return new Dictionary<string, string>();
        }

        return Repository.Namespace(name) is { } ns
            ? LabelsOf(ns.Root)
            : new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name };
    }
}
