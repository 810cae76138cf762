using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>admission</c>: <c>actions</c> (rule selector or profile → deny, warn or audit), <c>failureMode</c>,
/// <c>timeoutMilliseconds</c>, <c>maxRequestBytes</c>, <c>maxDepth</c>, <c>maxWarnings</c>, <c>exemptNamespaces</c>
/// and <c>exemptObjects</c> (a label selector). Strict like the rest of the file: every mistake is an error at its line.
/// </summary>
internal static class AdmissionConfigReader
{
    private static readonly string[] Operators = ["In", "NotIn", "Exists", "DoesNotExist"];

    public static AdmissionConfig Read(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "admission") is not { } map)
        {
            return AdmissionConfig.Default;
        }

        reader.OnlyKeys(map, "admission", "actions", "failureMode", "timeoutMilliseconds", "maxRequestBytes", "maxDepth", "maxWarnings", "exemptNamespaces", "exemptObjects");
        var defaults = AdmissionConfig.Default;
        return new AdmissionConfig
        {
            Actions = ReadActions(reader, map["actions"]),
            FailureMode = reader.Enum<AdmissionFailureMode>(map["failureMode"], "admission.failureMode") ?? defaults.FailureMode,
            TimeoutMilliseconds = RenderLimitsReader.Count(reader, map["timeoutMilliseconds"], "admission.timeoutMilliseconds") ?? defaults.TimeoutMilliseconds,
            MaxRequestBytes = RenderLimitsReader.Count(reader, map["maxRequestBytes"], "admission.maxRequestBytes") ?? defaults.MaxRequestBytes,
            MaxDepth = RenderLimitsReader.Count(reader, map["maxDepth"], "admission.maxDepth") ?? defaults.MaxDepth,
            MaxWarnings = RenderLimitsReader.Count(reader, map["maxWarnings"], "admission.maxWarnings") ?? defaults.MaxWarnings,
            ExemptNamespaces = map["exemptNamespaces"] is { } exempt ? reader.Strings(exempt, "admission.exemptNamespaces") : defaults.ExemptNamespaces,
            ExemptObjects = ReadSelector(reader, map["exemptObjects"]),
        };
    }

    private static List<AdmissionActionRule> ReadActions(ConfigReader reader, Node? node)
    {
        var rules = new List<AdmissionActionRule>();
        foreach (var entry in reader.Mapping(node, "admission.actions")?.Entries ?? [])
        {
            if (entry.KeyText is not { Length: > 0 } key)
            {
                reader.Error(entry.Key, "admission.actions: a key must be a rule id, alias, glob, category or profile");
                continue;
            }

            if (reader.Enum<AdmissionAction>(entry.Value, $"admission.actions.{key}") is not { } action)
            {
                if (entry.Value is ScalarNode { Kind: ScalarKind.Null })
                {
                    reader.Error(entry.Value, $"admission.actions.{key} needs an action: deny, warn or audit");
                }

                continue;
            }

            rules.Add(RuleSettingsReader.Parse(key) is { } profile
                ? new AdmissionActionRule(key, null, profile, action)
                : new AdmissionActionRule(key, new RuleSelector(key) { Source = $"{reader.Path}:{entry.Key.Start.Line}" }, null, action));
        }

        return rules;
    }

    private static LabelSelectorConfig? ReadSelector(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "admission.exemptObjects") is not { } map)
        {
            return null;
        }

        reader.OnlyKeys(map, "admission.exemptObjects", "matchLabels", "matchExpressions");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reader.Mapping(map["matchLabels"], "admission.exemptObjects.matchLabels")?.Entries ?? [])
        {
            if (entry.KeyText is { } key && reader.String(entry.Value, $"admission.exemptObjects.matchLabels.{key}") is { } value)
            {
                labels[key] = value;
            }
        }

        var requirements = new List<LabelRequirementConfig>();
        foreach (var item in reader.Sequence(map["matchExpressions"], "admission.exemptObjects.matchExpressions"))
        {
            if (reader.Mapping(item, "an entry of admission.exemptObjects.matchExpressions") is not { } expression)
            {
                continue;
            }

            reader.OnlyKeys(expression, "admission.exemptObjects.matchExpressions", "key", "operator", "values");
            var key = reader.RequiredString(expression, "key", "admission.exemptObjects.matchExpressions key");
            var op = reader.RequiredString(expression, "operator", "admission.exemptObjects.matchExpressions operator");
            if (op is not null && !Operators.Contains(op, StringComparer.Ordinal))
            {
                reader.Error(expression["operator"]!, $"operator '{op}' is not one of: {string.Join(", ", Operators)}");
                continue;
            }

            if (key is not null && op is not null)
            {
                requirements.Add(new LabelRequirementConfig(key, op, reader.Strings(expression["values"], "admission.exemptObjects.matchExpressions values")));
            }
        }

        return new LabelSelectorConfig(labels, requirements);
    }
}
