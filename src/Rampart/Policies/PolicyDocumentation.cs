using System.Text;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Writes the Markdown documentation of policies: a page per policy from its metadata, validations and examples
/// (<c>docs/policies/&lt;id&gt;.md</c>), and an index of them all.
/// </summary>
public static class PolicyDocumentation
{
    public static string Page(Policy policy, IEnumerable<PolicyExample> examples)
    {
        var m = policy.Metadata;
        var sb = new StringBuilder();
        sb.Append($"# {m.Id}: {m.Title}\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append($"| Severity | {Lower(m.Severity)} |\n");
        sb.Append($"| Category | {Lower(m.Category)} |\n");
        sb.Append($"| Responsibility | {Lower(m.Responsibility)} |\n");
        sb.Append($"| Applies to | {AppliesTo(policy)} |\n");
        if (m.Aliases.Count > 0)
        {
            sb.Append($"| Also known as | {string.Join(", ", m.Aliases.Select(a => $"`{a}`"))} |\n");
        }

        sb.Append($"| Policy | `{policy.Name}` |\n\n");
        sb.Append(m.Description).Append("\n\n");
        sb.Append("## How to fix\n\n").Append(m.Remediation).Append("\n\n");
        sb.Append("## What it checks\n\n");
        if (policy.RepositoryParams.Count > 0)
        {
            sb.Append($"`params` holds the repository's {string.Join(", ", policy.RepositoryParams)} objects, as a `List`.\n\n");
        }

        if (policy.Parameters is { } parameters)
        {
            sb.Append("Parameters (set them in `rampart.yaml` under `params: {").Append(m.Id).Append(": {...}}`; the policy reads `params.spec.<name>`):\n\n");
            sb.Append("| Parameter | Default |\n|---|---|\n");
            foreach (var (name, value) in parameters.Effective)
            {
                sb.Append("| `").Append(name).Append("` | `").Append(Encoding.UTF8.GetString(NodeJson.ToUtf8(value))).Append("` |\n");
            }

            sb.Append('\n');
        }

        var conditions = policy.MatchConditions.Where(c => c.Name != PodSpecPolicy.MatchConditionName).ToList();
        if (conditions.Count > 0)
        {
            sb.Append("Only objects for which every match condition holds are checked:\n\n");
            foreach (var c in conditions)
            {
                AppendExpression(sb, $"`{c.Name}`", c.Expression);
            }

            sb.Append("Each of these validations must then hold:\n\n");
        }

        foreach (var v in policy.Validations)
        {
            AppendExpression(sb, v.Message, v.Expression);
        }

        AppendExamples(sb, examples.Where(e => e.Fails).ToList(), "Reported", "Rampart reports the lines marked `# finding`.");
        AppendExamples(sb, examples.Where(e => !e.Fails).ToList(), "Accepted", null);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    public static string Index(IEnumerable<Policy> policies)
    {
        var sb = new StringBuilder();
        sb.Append("# Built-in policies\n\n");
        sb.Append("Every check Rampart runs on Kubernetes manifests is a ValidatingAdmissionPolicy in\n");
        sb.Append("`src/Rampart/Policies/BuiltIn/`; [How policies work](../policies.md) explains the format and how to write,\n");
        sb.Append("override and export your own. These pages are generated from the policies and their test fixtures.\n\n");
        sb.Append("| Id | Title | Severity | Category | Responsibility |\n|---|---|---|---|---|\n");
        foreach (var p in policies.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var m = p.Metadata;
            sb.Append($"| [{m.Id}]({m.Id}.md) | {m.Title} | {Lower(m.Severity)} | {Lower(m.Category)} | {Lower(m.Responsibility)} |\n");
        }

        return sb.ToString();
    }

    private static void AppendExpression(StringBuilder sb, string? label, PolicyExpression expression)
    {
        sb.Append($"- {label}\n\n  ```cel\n");
        foreach (var line in expression.Text.Trim().Split('\n'))
        {
            sb.Append("  ").Append(line).Append('\n');
        }

        sb.Append("  ```\n\n");
    }

    private static void AppendExamples(StringBuilder sb, List<PolicyExample> examples, string heading, string? note)
    {
        if (examples.Count == 0)
        {
            return;
        }

        sb.Append($"## {heading}\n\n");
        if (note is not null)
        {
            sb.Append(note).Append("\n\n");
        }

        foreach (var example in examples)
        {
            sb.Append($"`{example.Name}`\n\n```yaml\n{example.Yaml.TrimEnd('\n')}\n```\n\n");
        }
    }

    private static string AppliesTo(Policy policy)
    {
        if (policy.PodSpec)
        {
            var excluded = policy.MatchConstraints.ExcludeResourceRules.SelectMany(r => r.Resources).ToHashSet(StringComparer.Ordinal);
            var kinds = PodSpecPolicy.WorkloadKinds.Where(k => policy.MatchConstraints.ResourceRules.Any(r =>
                r.Resources.Contains(Matching.KindCatalog.Pluralize(k), StringComparer.Ordinal)) && !excluded.Contains(Matching.KindCatalog.Pluralize(k)));
            return "pod specs of " + string.Join(", ", kinds);
        }

        return string.Join("; ", policy.MatchConstraints.ResourceRules.Select(r =>
            $"{(r.ApiGroups.SequenceEqual([""]) ? "core" : string.Join(", ", r.ApiGroups))}: {string.Join(", ", r.Resources)}"
            + (r.Scope == "*" ? "" : $" ({r.Scope.ToLowerInvariant()})")));
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
