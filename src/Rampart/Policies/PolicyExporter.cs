using System.Globalization;
using System.Text;
using Rampart.Loading;
using Rampart.Policies.Export;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// Writes a policy as a ValidatingAdmissionPolicy a cluster accepts: pod-spec policies get their injected
/// variables, match condition and resource rules written out (and lose the <c>rampart.dev/pod-spec</c> annotation,
/// which would otherwise inject them twice); the other <c>rampart.dev/</c> annotations stay as documentation.
/// Policies that read the repository through <c>params</c> have no cluster equivalent and are refused.
/// </summary>
public static class PolicyExporter
{
    /// <summary>The policy and the binding that enforces it with <paramref name="bindings"/>' action and exemptions.</summary>
    public static PolicyExportResult Export(Policy policy, BindingSettings bindings)
    {
        var result = Export(policy);
        return result.Success ? result with { Binding = PolicyBindingWriter.Write(policy, bindings) } : result;
    }

    public static PolicyExportResult Export(Policy policy)
    {
        if (policy.RepositoryParams.Count > 0)
        {
            return new PolicyExportResult(null,
                $"{policy.Id} reads other objects of the repository ({string.Join(", ", policy.RepositoryParams)}) through params; an admission policy sees one object at a time");
        }

        var w = new StringBuilder();
        w.Append("apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n");
        w.Append("  name: ").Append(Quote(policy.Name)).Append('\n');
        var annotations = Annotations(policy.Document).Where(a => a.Key != PolicyAnnotations.PodSpec).ToList();
        if (annotations.Count > 0)
        {
            w.Append("  annotations:\n");
            foreach (var (key, value) in annotations)
            {
                w.Append("    ").Append(Quote(key)).Append(": ").Append(Scalar(value, 6)).Append('\n');
            }
        }

        w.Append("spec:\n  failurePolicy: ").Append(policy.FailurePolicy).Append('\n');
        if ((policy.Parameters is null ? policy.ParamKind : $"{PolicyParameters.ApiVersion}/{PolicyParameters.Kind}") is { } paramKind)
        {
            var slash = paramKind.LastIndexOf('/');
            w.Append("  paramKind:\n    apiVersion: ").Append(Quote(paramKind[..slash])).Append("\n    kind: ").Append(Quote(paramKind[(slash + 1)..])).Append('\n');
        }

        WriteMatch(w, policy.MatchConstraints);
        if (policy.MatchConditions.Count > 0)
        {
            w.Append("  matchConditions:\n");
            foreach (var c in policy.MatchConditions)
            {
                w.Append("    - name: ").Append(Quote(c.Name)).Append("\n      expression: ").Append(Scalar(c.Expression.Text, 8)).Append('\n');
            }
        }

        if (policy.Variables.Count > 0)
        {
            w.Append("  variables:\n");
            foreach (var v in policy.Variables)
            {
                w.Append("    - name: ").Append(Quote(v.Name)).Append("\n      expression: ").Append(Scalar(v.Expression.Text, 8)).Append('\n');
            }
        }

        w.Append("  validations:\n");
        foreach (var v in policy.Validations)
        {
            w.Append("    - expression: ").Append(Scalar(v.Expression.Text, 8)).Append('\n');
            AppendOptional(w, "message", v.Message);
            // A message that names the failing element of an all() is Rampart's alone; a cluster gets the static message.
            if (v.MessageExpression is { } m && Cel.PolicyEnvironments.Default.Validation.Compile(m.Text).Success)
            {
                w.Append("      messageExpression: ").Append(Scalar(m.Text, 8)).Append('\n');
            }

            AppendOptional(w, "reason", v.Reason);
        }

        if (policy.Parameters is { } parameters)
        {
            WriteParameters(w, policy.Name, parameters);
        }

        return new PolicyExportResult(w.ToString(), null);
    }

    /// <summary>The parameter object the policy reads, with its effective values, as a second document.</summary>
    private static void WriteParameters(StringBuilder w, string name, PolicyParameters parameters)
    {
        w.Append("---\napiVersion: ").Append(PolicyParameters.ApiVersion).Append("\nkind: ").Append(PolicyParameters.Kind).Append('\n');
        w.Append("metadata:\n  name: ").Append(Quote(name)).Append("\nspec:\n");
        foreach (var (key, value) in parameters.Effective)
        {
            w.Append("  ").Append(Quote(key)).Append(": ").Append(Encoding.UTF8.GetString(NodeJson.ToUtf8(value))).Append('\n');
        }
    }

    private static void WriteMatch(StringBuilder w, MatchResources match)
    {
        w.Append("  matchConstraints:\n");
        if (match.MatchPolicy != "Equivalent")
        {
            w.Append("    matchPolicy: ").Append(match.MatchPolicy).Append('\n');
        }

        WriteRules(w, "resourceRules", match.ResourceRules);
        WriteRules(w, "excludeResourceRules", match.ExcludeResourceRules);
        WriteSelector(w, "namespaceSelector", match.NamespaceSelector);
        WriteSelector(w, "objectSelector", match.ObjectSelector);
    }

    private static void WriteRules(StringBuilder w, string name, IReadOnlyList<ResourceRule> rules)
    {
        if (rules.Count == 0)
        {
            return;
        }

        w.Append("    ").Append(name).Append(":\n");
        foreach (var r in rules)
        {
            w.Append("      - apiGroups: ").Append(List(r.ApiGroups)).Append('\n');
            w.Append("        apiVersions: ").Append(List(r.ApiVersions)).Append('\n');
            w.Append("        resources: ").Append(List(r.Resources)).Append('\n');
            w.Append("        operations: ").Append(List(r.Operations)).Append('\n');
            if (r.ResourceNames.Count > 0)
            {
                w.Append("        resourceNames: ").Append(List(r.ResourceNames)).Append('\n');
            }

            if (r.Scope != "*")
            {
                w.Append("        scope: ").Append(r.Scope).Append('\n');
            }
        }
    }

    internal static void WriteSelector(StringBuilder w, string name, LabelSelector selector)
    {
        if (selector.IsEmpty)
        {
            return;
        }

        w.Append("    ").Append(name).Append(":\n");
        if (selector.MatchLabels.Count > 0)
        {
            w.Append("      matchLabels:\n");
            foreach (var (key, value) in selector.MatchLabels)
            {
                w.Append("        ").Append(Quote(key)).Append(": ").Append(Quote(value)).Append('\n');
            }
        }

        if (selector.MatchExpressions.Count > 0)
        {
            w.Append("      matchExpressions:\n");
            foreach (var e in selector.MatchExpressions)
            {
                w.Append("        - key: ").Append(Quote(e.Key)).Append("\n          operator: ").Append(e.Operator).Append('\n');
                if (e.Values.Count > 0)
                {
                    w.Append("          values: ").Append(List(e.Values)).Append('\n');
                }
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Annotations(MappingNode document)
    {
        if (document["metadata"] is MappingNode metadata && metadata["annotations"] is MappingNode annotations)
        {
            foreach (var entry in annotations.Entries)
            {
                if (entry.KeyText is { } key && entry.Value is ScalarNode value)
                {
                    yield return new(key, value.Text);
                }
            }
        }
    }

    private static void AppendOptional(StringBuilder w, string key, string? value)
    {
        if (value is not null)
        {
            w.Append("      ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    internal static string List(IReadOnlyList<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A literal block for multi-line text, a double-quoted scalar otherwise.</summary>
    private static string Scalar(string text, int indent)
    {
        var trimmed = text.Trim('\n');
        if (!trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.StartsWith(' ') || trimmed.Contains('\r', StringComparison.Ordinal))
        {
            return Quote(text.Trim());
        }

        var pad = new string(' ', indent);
        return "|-\n" + string.Join('\n', trimmed.Split('\n').Select(l => l.Length == 0 ? "" : pad + l.TrimEnd()));
    }

    /// <summary>A YAML double-quoted scalar (a JSON string is one).</summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u007f': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }
}
