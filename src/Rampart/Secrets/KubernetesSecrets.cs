using System.Text;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Secrets;

/// <summary>
/// What the secret analyzer knows of Kubernetes objects in a YAML or JSON file. A <c>Secret</c> with values in
/// <c>data</c> or <c>stringData</c> is one finding per key at the key's line (a <c>data</c> value decoded from base64
/// first), named after the token rule its value matches, or <see cref="SecretRules.PlainSecret"/> when it matches
/// none. A <c>SealedSecret</c> or an <c>ExternalSecret</c> holds no secret in clear, so its lines are not scanned; the
/// lines of a <c>Secret</c> are not scanned either (its keys were). Literal <c>env</c> values of containers are checked
/// by name and value (<see cref="EnvValues"/>).
/// </summary>
internal sealed class KubernetesSecrets(SecretScanner scanner)
{
    private static readonly YamlLoader Loader = new();

    /// <summary>The words of <see cref="EnvValues.SecretWords"/>, found in bytes with ASCII case ignored.</summary>
    private static readonly KeywordAutomaton SecretWords = new(EnvValues.SecretWords.Select(word => (word, 0)));

    /// <summary>
    /// Whether a YAML or JSON file may hold an object this class looks at (a cheap look at the bytes, so that the
    /// manifests the loader has already parsed are parsed again only when they may give a finding): a kind with
    /// <c>Secret</c> in it, or <c>env</c> with a line that names something by a word of <see cref="EnvValues.SecretWords"/>
    /// (the word on the line of <c>name</c> or the line after it; <c>automountServiceAccountToken</c> is no name).
    /// </summary>
    public static bool MayHoldObjects(ReadOnlySpan<byte> content) =>
        content.IndexOf("kind"u8) >= 0
        && (content.IndexOf("Secret"u8) >= 0 || (content.IndexOf("env"u8) >= 0 && NamesSecretWord(content)));

    private static bool NamesSecretWord(ReadOnlySpan<byte> content)
    {
        var previousHadName = false;
        long steps = 0;
        foreach (var range in content.Split((byte)'\n'))
        {
            var line = content[range];
            var hasName = line.IndexOf("name"u8) >= 0;
            if ((hasName || previousHadName) && SecretWords.Find(line, ref steps) != UInt128.Zero)
            {
                return true;
            }

            previousHadName = hasName;
        }

        return false;
    }

    /// <summary>The findings of the file's objects, and the line ranges whose lines the line scan leaves to them.</summary>
    public void Inspect(string path, Stream stream, List<Finding> findings, List<(int First, int Last)> handled)
    {
        foreach (var document in Loader.Load(path, stream))
        {
            if (document.Root is not MappingNode root || Text(root["kind"]) is not { } kind)
            {
                continue;
            }

            var resource = new ResourceRef(Text(root["apiVersion"]) ?? "", kind, Text((root["metadata"] as MappingNode)?["namespace"]), Text((root["metadata"] as MappingNode)?["name"]));
            switch (kind)
            {
                case "Secret":
                    handled.Add((root.Start.Line, root.End.Line));
                    Secret(path, root, resource, findings);
                    break;
                case "SealedSecret" or "ExternalSecret" or "ClusterExternalSecret" or "PushSecret":
                    handled.Add((root.Start.Line, root.End.Line));
                    break;
                default:
                    EnvValues.Inspect(path, root, resource, findings);
                    break;
            }
        }
    }

    private void Secret(string path, MappingNode root, ResourceRef resource, List<Finding> findings)
    {
        foreach (var field in new[] { "data", "stringData" })
        {
            if (root[field] is not MappingNode values)
            {
                continue;
            }

            foreach (var entry in values.Entries)
            {
                if (entry.Value is not ScalarNode { Kind: ScalarKind.String } value || value.Text.Length == 0 || IsReference(value.Text.Trim()))
                {
                    continue;
                }

                var key = entry.KeyText ?? "";
                var bytes = field == "data" ? Decode(value.Text) : Encoding.UTF8.GetBytes(value.Text);
                var location = new SourceLocation(path, entry.Key.Start.Line, entry.Key.Start.Column, FieldPath: $"{field}.{key}");
                findings.Add(Report(bytes, value.Text, key, field, location, resource));
            }
        }
    }

    private Finding Report(byte[]? bytes, string raw, string key, string field, SourceLocation location, ResourceRef resource)
    {
        var where = $"in {field}.{key} of Secret {resource.Name}";
        var found = new List<LocatedSecret>();
        if (bytes is not null)
        {
            SecretLines.Scan(scanner, bytes, bytes.Length, 1, found);
        }

        if (found.FirstOrDefault() is { } token)
        {
            var rule = scanner.Rules[token.Rule];
            return SecretFindings.Report(SecretRules.Describe(rule), $"{rule.Title} {where}", token.Value, location, resource);
        }

        var value = bytes is null ? raw : Encoding.UTF8.GetString(bytes);
        var note = bytes is null ? " (not valid base64)" : field == "data" ? " (base64 is an encoding, not encryption)" : "";
        return SecretFindings.Report(SecretRules.PlainSecret, $"A value in plain text {where}{note}", value, location, resource);
    }

    /// <summary>A value filled in at deploy time: <c>${VAR}</c> (Flux's substitution), <c>{{ … }}</c>, <c>$(VAR)</c>.</summary>
    private static bool IsReference(string text) =>
        text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("{{", StringComparison.Ordinal) || text.StartsWith("$(", StringComparison.Ordinal);

    private static byte[]? Decode(string text)
    {
        var compact = text.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Trim();
        var buffer = new byte[compact.Length];
        return Convert.TryFromBase64String(compact, buffer, out var written) ? buffer[..written] : null;
    }

    private static string? Text(Node? node) => node is ScalarNode { Kind: ScalarKind.String } s ? s.Text : null;
}
