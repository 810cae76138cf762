namespace Rampart.Configuration;

/// <summary>A Kubernetes label selector as written in <c>rampart.yaml</c> (<c>matchLabels</c> and <c>matchExpressions</c>).</summary>
public sealed record LabelSelectorConfig(IReadOnlyDictionary<string, string> MatchLabels, IReadOnlyList<LabelRequirementConfig> MatchExpressions);
