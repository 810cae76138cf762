using Rampart.Configuration;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Lays the parameters of <c>rampart.yaml</c> over the policies that declare them. A parameter for a policy that
/// does not exist or takes none, an unknown parameter name, or a value of another shape than the default (a list
/// where a list is expected, a number where a number is) is a configuration error at its line: a misspelt
/// parameter silently ignored would leave the check as it was.
/// </summary>
public static class PolicyParameterBinding
{
    public static PolicyLoadResult Apply(PolicyLoadResult policies, IReadOnlyList<PolicyParameterConfig> configured, ICollection<ConfigError> errors)
    {
        if (configured.Count == 0)
        {
            return policies;
        }

        var byId = policies.Policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var bound = new Dictionary<string, Policy>(StringComparer.Ordinal);
        foreach (var config in configured)
        {
            if (!byId.TryGetValue(config.PolicyId, out var policy))
            {
                errors.Add(config.Source.Error($"params: no policy has the id {config.PolicyId}"));
                continue;
            }

            if (policy.Parameters is not { } parameters)
            {
                errors.Add(config.Source.Error($"params: policy {config.PolicyId} takes no parameters"));
                continue;
            }

            var values = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var entry in config.Values.Entries)
            {
                if (Check(config, parameters, entry) is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                values[entry.KeyText!] = entry.Value;
            }

            bound[policy.Id] = policy with { Parameters = parameters with { Configured = values } };
        }

        return policies with { Policies = [.. policies.Policies.Select(p => bound.GetValueOrDefault(p.Id, p))] };
    }

    private static ConfigError? Check(PolicyParameterConfig config, PolicyParameters parameters, MappingEntry entry)
    {
        ConfigError At(Node node, string message) => new(config.Source.Path, node.Start.Line, node.Start.Column, message);

        var name = entry.KeyText;
        var where = $"params.{config.PolicyId}.{name}";
        if (name is null || parameters.Defaults[name] is not { } defaultValue)
        {
            return At(entry.Key, $"params.{config.PolicyId}: unknown parameter '{name}' (the policy takes: {string.Join(", ", parameters.Names)})");
        }

        var expected = ShapeOf(defaultValue);
        var given = ShapeOf(entry.Value);
        return expected == "null" || given == "null" || expected == given || (expected == "number" && given == "integer")
            ? null
            : At(entry.Value, $"{where} must be {Article(expected)} {expected}, not {Article(given)} {given}");
    }

    private static string ShapeOf(Node node) => node switch
    {
        SequenceNode => "list",
        MappingNode => "mapping",
        ScalarNode { Kind: ScalarKind.Null } => "null",
        ScalarNode { Kind: ScalarKind.Bool } => "boolean",
        ScalarNode { Kind: ScalarKind.Int } => "integer",
        ScalarNode { Kind: ScalarKind.Float } => "number",
        _ => "string",
    };

    private static string Article(string shape) => shape[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
}
