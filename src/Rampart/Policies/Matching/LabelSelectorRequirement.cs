namespace Rampart.Policies.Matching;

/// <summary>One <c>matchExpressions</c> entry: key, operator (In, NotIn, Exists, DoesNotExist) and values.</summary>
public sealed record LabelSelectorRequirement(string Key, string Operator, IReadOnlyList<string> Values)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var present = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            "In" => present && Values.Contains(value!, StringComparer.Ordinal),
            "NotIn" => !present || !Values.Contains(value!, StringComparer.Ordinal),
            "Exists" => present,
            "DoesNotExist" => !present,
            _ => false,
        };
    }
}
