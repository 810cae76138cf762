using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Export;

/// <summary>
/// How exported policies are bound in a cluster, from the webhook's own settings (<c>admission</c> in
/// <c>rampart.yaml</c>), so that a cluster enforcing the bindings and one calling <c>rampart serve</c> decide alike:
/// each policy's action is what <see cref="AdmissionConfig.ActionFor"/> gives a finding of it, exempt namespaces
/// (kube-system by default) leave the namespace selector and an exempt object selector is negated into the object
/// selector. A selector of several requirements cannot be negated into one label selector (requirements are ANDed),
/// so <see cref="From"/> refuses it rather than exempt more than was asked.
/// </summary>
public sealed record BindingSettings
{
    /// <summary>The label the API server sets on every namespace to its name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    public static BindingSettings Default { get; } = new();

    public AdmissionConfig Admission { get; private init; } = AdmissionConfig.Default;

    private IReadOnlyList<LabelSelectorRequirement> ObjectRequirements { get; init; } = [];

    /// <summary>The settings of <paramref name="admission"/>, or why its object exemption cannot be exported.</summary>
    public static (BindingSettings? Settings, string? Error) From(AdmissionConfig admission)
    {
        ArgumentNullException.ThrowIfNull(admission);
        if (admission.ExemptObjects is not { } selector)
        {
            return (new BindingSettings { Admission = admission }, null);
        }

        var requirements = selector.MatchLabels.Select(l => new LabelRequirementConfig(l.Key, "In", [l.Value])).Concat(selector.MatchExpressions).ToList();
        if (requirements.Count != 1)
        {
            return (null, $"admission.exemptObjects has {requirements.Count} requirements: a binding's objectSelector can exempt objects by one label requirement only (the requirements of a selector are ANDed, so their negation is not a selector)");
        }

        var only = requirements[0];
        var negated = only.Operator switch
        {
            "In" => "NotIn",
            "NotIn" => "In",
            "Exists" => "DoesNotExist",
            _ => "Exists",
        };
        return (new BindingSettings { Admission = admission, ObjectRequirements = [new LabelSelectorRequirement(only.Key, negated, only.Values)] }, null);
    }

    /// <summary>The action of <paramref name="policy"/>: the one its findings get at admission.</summary>
    public AdmissionAction ActionFor(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var finding = policy.Metadata.ToRuleDescriptor().Report(policy.Metadata.Title, new SourceLocation(policy.SourcePath, 1, 1, 1, 1));
        return Admission.ActionFor(finding);
    }

    /// <summary>
    /// The binding's <c>validationActions</c> for an action. Kubernetes refuses Deny with Warn; each action is one
    /// value, so that never happens.
    /// </summary>
    public static IReadOnlyList<string> ValidationActions(AdmissionAction action) => [action.ToString()];

    /// <summary>The binding's namespace selector: outside every exempt namespace (by name).</summary>
    public LabelSelector NamespaceSelector() =>
        new(new Dictionary<string, string>(),
            Admission.ExemptNamespaces.Count > 0 ? [new LabelSelectorRequirement(NamespaceNameLabel, "NotIn", Admission.ExemptNamespaces)] : []);

    /// <summary>The binding's object selector: the negation of the exempt object selector.</summary>
    public LabelSelector ObjectSelector() => new(new Dictionary<string, string>(), ObjectRequirements);
}
