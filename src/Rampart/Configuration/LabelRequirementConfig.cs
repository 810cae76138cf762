namespace Rampart.Configuration;

/// <summary>One <c>matchExpressions</c> entry of a label selector in <c>rampart.yaml</c>: key, operator (In, NotIn, Exists, DoesNotExist), values.</summary>
public sealed record LabelRequirementConfig(string Key, string Operator, IReadOnlyList<string> Values);
