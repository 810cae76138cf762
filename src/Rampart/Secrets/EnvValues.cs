using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Secrets;

/// <summary>
/// Literal <c>env</c> values of the containers of any object (pods, workloads, their templates): a value is a secret
/// when the variable's name says password, secret, token or key, the name is not about the secret (where it is, how
/// long it must be, which header carries it) and the value itself looks like one: not empty, not a number or a
/// flag, not a <c>$(REF)</c>, a path, a URL or a placeholder, and not a name that repeats the word (<c>X-Auth-Token</c>).
/// </summary>
internal static class EnvValues
{
    private const int MaxDepth = 24;

    internal static readonly string[] SecretWords =
        ["password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "private_key", "privatekey", "access_key", "accesskey", "credential", "auth_key"];

    private static readonly string[] NotTheSecret =
    [
        "_file", "_path", "_dir", "_name", "_header", "_length", "_len", "_size", "_url", "_uri", "_endpoint", "_enabled", "_enable",
        "_required", "_ttl", "_timeout", "_expiry", "_expiration", "_type", "_mode", "_format", "_algorithm", "_version", "_count",
        "_min", "_max", "_id", "_location", "_ref", "_key_id",
    ];

    private static readonly string[] NotTheSecretAnywhere = ["allow_empty", "min_", "max_", "_min_", "_max_", "random_", "_random", "skip_", "_ssl_", "_tls_"];

    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "y", "n", "enabled", "disabled" };

    public static void Inspect(string path, MappingNode root, ResourceRef resource, List<Finding> findings) =>
        Walk(path, root, "", resource, findings, 0);

    /// <summary>Whether a literal env value <paramref name="value"/> of variable <paramref name="name"/> is a secret.</summary>
    public static bool IsSecret(string name, string value)
    {
        var lower = name.ToLowerInvariant();
        if (!SecretWords.Any(lower.Contains) || NotTheSecret.Any(lower.EndsWith) || NotTheSecretAnywhere.Any(lower.Contains))
        {
            return false;
        }

        var v = value.Trim();
        return v.Length >= 4 && !v.StartsWith("$(", StringComparison.Ordinal) && !Flags.Contains(v)
            && !double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _)
            && !v.StartsWith('/') && !v.StartsWith("./", StringComparison.Ordinal) && !v.StartsWith("~/", StringComparison.Ordinal)
            && !v.Contains("://", StringComparison.Ordinal) && !Placeholders.IsPlaceholder(v)
            && !SecretWords.Any(v.ToLowerInvariant().Contains) && !v.Contains(' ', StringComparison.Ordinal);
    }

    private static void Walk(string path, Node node, string field, ResourceRef resource, List<Finding> findings, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (node is SequenceNode sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var item = sequence[i];
                var name = item is MappingNode m && m["name"] is ScalarNode s ? $"[name={s.Text}]" : $"[{i}]";
                Walk(path, item, field + name, resource, findings, depth + 1);
            }

            return;
        }

        if (node is not MappingNode mapping)
        {
            return;
        }

        if (mapping["image"] is not null && mapping["env"] is SequenceNode env)
        {
            Env(path, env, field + ".env", resource, findings);
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key && key != "env" && entry.Value is MappingNode or SequenceNode)
            {
                Walk(path, entry.Value, field.Length == 0 ? key : $"{field}.{key}", resource, findings, depth + 1);
            }
        }
    }

    private static void Env(string path, SequenceNode env, string field, ResourceRef resource, List<Finding> findings)
    {
        foreach (var item in env.Items)
        {
            if (item is MappingNode variable && variable["name"] is ScalarNode { Text: var name } && variable["value"] is ScalarNode { Kind: ScalarKind.String } value
                && IsSecret(name, value.Text))
            {
                var location = new SourceLocation(path, value.Start.Line, value.Start.Column, FieldPath: $"{field}[name={name}].value");
                findings.Add(SecretFindings.Report(SecretRules.EnvSecret, $"Environment variable {name} holds a secret written in the manifest", value.Text, location, resource));
            }
        }
    }
}
