using System.Text;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Loads policies from YAML or JSON files: each document a ValidatingAdmissionPolicy with Rampart annotations.
/// Bindings (ValidatingAdmissionPolicyBinding) and parameter objects (rampart.dev/v1alpha1 PolicyParameters) are accepted and ignored; anything else, and every error, is a
/// problem with file, line and column. Loading never throws for bad input.
/// </summary>
public static class PolicyLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the policies of one text; <paramref name="path"/> names it in problems and findings.</summary>
    public static PolicyLoadResult LoadText(string path, string text)
    {
        var lines = text.Split('\n');
        var reader = new NodeReader(path, lines);
        var policies = new List<Policy>();
        var problems = new List<Finding>();
        foreach (var document in new YamlLoader().Load(path, text))
        {
            problems.AddRange(document.Problems);
            switch (document.Root)
            {
                case null:
                    continue;
                case MappingNode map when IsBinding(map):
                    continue;
                case MappingNode map:
                    if (new PolicyReader(reader).Read(map) is { } policy)
                    {
                        policies.Add(policy);
                    }

                    break;
                default:
                    reader.Problem(document.Root, "a policy document must be a mapping (a ValidatingAdmissionPolicy)");
                    break;
            }
        }

        problems.AddRange(reader.Problems);
        return new PolicyLoadResult(policies, problems);
    }

    /// <summary>Loads one file; <paramref name="displayPath"/> is how findings name it (relative, forward slashes).</summary>
    public static PolicyLoadResult LoadFile(string fullPath, string displayPath)
    {
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            return LoadText(displayPath, StrictUtf8.GetString(bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new PolicyLoadResult([], [PolicyProblems.Invalid(displayPath, 0, 0, $"cannot read the policy file: {e.Message}")]);
        }
    }

    /// <summary>
    /// Loads every <c>.yaml</c>, <c>.yml</c> and <c>.json</c> file under <paramref name="directory"/>, in path order.
    /// Two policies with the same id are a problem (the first one is kept).
    /// </summary>
    public static PolicyLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new PolicyLoadResult([], [PolicyProblems.Invalid(directory, 0, 0, "the policy directory does not exist")]);
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var results = files.Select(f => LoadFile(f, Path.GetRelativePath(directory, f).Replace('\\', '/')));
        return Combine(results);
    }

    /// <summary>Joins several results, reporting policies whose id was already loaded.</summary>
    public static PolicyLoadResult Combine(IEnumerable<PolicyLoadResult> results)
    {
        var policies = new List<Policy>();
        var problems = new List<Finding>();
        var seen = new Dictionary<string, Policy>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            problems.AddRange(result.Problems);
            foreach (var policy in result.Policies)
            {
                if (seen.TryGetValue(policy.Id, out var first))
                {
                    problems.Add(PolicyProblems.Invalid(policy.SourcePath, policy.Start.Line, policy.Start.Column,
                        $"policy id {policy.Id} is already used by {first.SourcePath}:{first.Start.Line}"));
                    continue;
                }

                seen[policy.Id] = policy;
                policies.Add(policy);
            }
        }

        return new PolicyLoadResult(policies, problems);
    }

    /// <summary>A binding, or the parameter object an exported policy carries with it (its values are the policy's own defaults).</summary>
    private static bool IsBinding(MappingNode map) =>
        map["kind"] is ScalarNode { Text: "ValidatingAdmissionPolicyBinding" }
        || (map["kind"] is ScalarNode { Text: PolicyParameters.Kind } && map["apiVersion"] is ScalarNode { Text: PolicyParameters.ApiVersion });
}
