using Rampart.Policies.Matching;

namespace Rampart.Policies.Export;

/// <summary>
/// How exported policies are bound in a cluster: the action of each policy (by id, else <see cref="DefaultAction"/>)
/// and the exemptions every binding carries: namespaces by name (kube-system by default), namespaces by label and
/// objects by label. Read from <c>admission.actions</c> and <c>admission.exemptions</c> of <c>rampart.yaml</c>.
/// </summary>
public sealed record BindingSettings
{
    /// <summary>The label the API server sets on every namespace to its name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    public static BindingSettings Default { get; } = new();

    public AdmissionAction DefaultAction { get; init; } = AdmissionAction.Deny;

    /// <summary>Actions by policy id (compared without case).</summary>
    public IReadOnlyDictionary<string, AdmissionAction> Actions { get; init; } = new Dictionary<string, AdmissionAction>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> ExemptNamespaces { get; init; } = ["kube-system"];

    /// <summary>Namespaces that carry one of these labels (key and value) are exempt.</summary>
    public IReadOnlyDictionary<string, string> ExemptNamespaceLabels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Objects that carry one of these labels (key and value) are exempt.</summary>
    public IReadOnlyDictionary<string, string> ExemptObjectLabels { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public AdmissionAction ActionFor(string policyId) => Actions.TryGetValue(policyId, out var action) ? action : DefaultAction;

    /// <summary>
    /// The binding's <c>validationActions</c> for an action. Kubernetes refuses Deny with Warn; each action is one
    /// value, so that never happens.
    /// </summary>
    public static IReadOnlyList<string> ValidationActions(AdmissionAction action) => [action.ToString()];

    /// <summary>
    /// The binding's namespace selector: outside every exempt namespace (by name) and without any exempt namespace
    /// label. Selector requirements are ANDed, so one NotIn per exemption exempts a namespace that matches any of them.
    /// </summary>
    public LabelSelector NamespaceSelector()
    {
        var requirements = new List<LabelSelectorRequirement>();
        if (ExemptNamespaces.Count > 0)
        {
            requirements.Add(new LabelSelectorRequirement(NamespaceNameLabel, "NotIn", ExemptNamespaces));
        }

        requirements.AddRange(NotIn(ExemptNamespaceLabels));
        return new LabelSelector(new Dictionary<string, string>(), requirements);
    }

    /// <summary>The binding's object selector: without any exempt object label.</summary>
    public LabelSelector ObjectSelector() => new(new Dictionary<string, string>(), [.. NotIn(ExemptObjectLabels)]);

    private static IEnumerable<LabelSelectorRequirement> NotIn(IReadOnlyDictionary<string, string> labels) =>
        labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LabelSelectorRequirement(l.Key, "NotIn", [l.Value]));
}
