using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Cel;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Everything about one admission request that every policy evaluated on it shares: the wrapped object and old
/// object, the <c>request</c>, the namespace object, the pod-spec variables (computed once, not once per policy)
/// and, when a finding needs it, the field paths of its nodes. The scan and <c>rampart policy eval</c> both
/// evaluate through it.
/// </summary>
internal sealed class ObjectScope
{
    /// <summary>The subject of a request with neither object nor old object (an expression tried on nothing).</summary>
    private static readonly KubernetesObject Nothing = new("", 0, new MappingNode(default, default, []), new ResourceRef("", "", null, null));

    private CelValue? request;
    private CelValue? namespaceObject;
    private CelValue? parameters;
    private IReadOnlyDictionary<string, string>? namespaceLabels;
    private NodePathIndex? paths;
    private PolicyActivation? activation;
    private CelValue?[]? sharedVariables;
    private IReadOnlyDictionary<string, string>? labels;
    private IReadOnlyDictionary<string, string>? oldLabels;

    /// <param name="obj">The object of the request (<c>object</c>); null on a DELETE.</param>
    public ObjectScope(KubernetesObject? obj, AdmissionAttributes attributes, RepositoryIndex repository, CelEvaluationOptions options)
    {
        Object = obj ?? attributes.OldObject ?? Nothing;
        Attributes = attributes;
        Repository = repository;
        Options = options;
        Root = obj is null ? CelNull.Instance : new NodeMap(obj.Root);
        OldRoot = attributes.OldObject is { } old ? new NodeMap(old.Root) : CelNull.Instance;
        Target = repository.Kinds.Resolve(Object.Resource);
    }

    /// <summary>What the request is about: the object, or the old object of a DELETE. Findings are located in it.</summary>
    public KubernetesObject Object { get; }

    public AdmissionAttributes Attributes { get; }
    public RepositoryIndex Repository { get; }
    public CelEvaluationOptions Options { get; }

    /// <summary><c>object</c>: the object read in place, or null (a DELETE).</summary>
    public CelValue Root { get; }

    /// <summary><c>oldObject</c>: null but on an UPDATE or a DELETE.</summary>
    public CelValue OldRoot { get; }

    public ResourceTarget Target { get; }
    public IReadOnlyDictionary<string, string> Labels => labels ??= ObjectLabels.Of(Object.Root);

    /// <summary>The labels of the old object; empty without one.</summary>
    public IReadOnlyDictionary<string, string> OldLabels => oldLabels ??= Attributes.OldObject is { } old ? ObjectLabels.Of(old.Root) : new Dictionary<string, string>();

    /// <summary>The value of the shared variable in <paramref name="slot"/> (see <see cref="CompiledVariable.SharedKey"/>), or null before it is evaluated.</summary>
    public CelValue? SharedVariable(int slot) => sharedVariables is { } values && slot < values.Length ? values[slot] : null;

    /// <summary>Keeps the value of the shared variable in <paramref name="slot"/> for the policies evaluated on this object after this one.</summary>
    /// <remarks>The array holds every slot known when first needed; a policy compiled later (a server's reload) grows it.</remarks>
    public void ShareVariable(int slot, CelValue value)
    {
        if (sharedVariables is null || slot >= sharedVariables.Length)
        {
            Array.Resize(ref sharedVariables, Math.Max(slot + 1, SharedVariableSlots.Count));
        }

        sharedVariables[slot] = value;
    }

    /// <summary>The result of the pod-spec match condition, the same for every pod-spec policy.</summary>
    public CelValue? PodSpecCondition { get; set; }

    public NodePathIndex Paths => paths ??= new NodePathIndex(Object.Root);

    /// <summary>
    /// The activation for a run of <paramref name="policy"/> on this object: the same one for every policy, bound to
    /// this one. Policies are run one at a time, and nothing keeps an activation once its run is over.
    /// </summary>
    public PolicyActivation ActivationFor(CompiledPolicy policy)
    {
        if (activation is null)
        {
            return activation = new PolicyActivation(this, policy);
        }

        activation.Bind(policy);
        return activation;
    }

    public CelValue Request => request ??= AdmissionRequest.For(Object, Target, Attributes);

    /// <summary>
    /// <c>namespaceObject</c>: the one the attributes give, or the repository's Namespace object of that name, or a
    /// minimal one (name and the <c>kubernetes.io/metadata.name</c> label, as every namespace has); null for
    /// cluster-scoped objects and for objects whose namespace is not written in the manifest.
    /// </summary>
    public CelValue NamespaceObject => namespaceObject ??= FindNamespace();

    /// <summary>The labels namespace selectors are matched against.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels => namespaceLabels ??= FindNamespaceLabels();

    /// <summary>
    /// <c>params</c> for <paramref name="policy"/>: those of the attributes, or its parameters, or the repository
    /// objects its <c>rampart.dev/params</c> binds, or null.
    /// </summary>
    public CelValue ParamsFor(CompiledPolicy? policy)
    {
        if (Attributes.Params is { } given)
        {
            return parameters ??= NodeValues.From(given);
        }

        if (policy?.Params is { } bound)
        {
            return bound;
        }

        return policy?.Policy.RepositoryParams is { Count: > 0 } kinds ? Repository.Params(kinds) : CelNull.Instance;
    }

    private CelValue FindNamespace()
    {
        if (Attributes.NamespaceObject is { } given)
        {
            return new NodeMap(given);
        }

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

        if (Attributes.NamespaceObject is { } given)
        {
            return ObjectLabels.Of(given);
        }

        if (Object.Namespace is not { } name)
        {
            return new Dictionary<string, string>();
        }

        return Repository.Namespace(name) is { } ns
            ? ObjectLabels.Of(ns.Root)
            : new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name };
    }
}
