using Rampart.Loading;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>Reads a ValidatingAdmissionPolicy's <c>spec</c>, adding the pod-spec parts for pod-spec policies.</summary>
internal sealed class PolicySpecReader(NodeReader reader)
{
    public PolicySpecBody? Read(MappingNode spec, bool podSpec)
    {
        reader.KnownKeys(spec, "spec", "failurePolicy", "paramKind", "matchConstraints", "matchConditions", "variables", "validations", "auditAnnotations");
        var failurePolicy = reader.String(spec, "failurePolicy", "spec") ?? "Fail";
        if (failurePolicy is not ("Fail" or "Ignore"))
        {
            reader.Problem(spec["failurePolicy"]!, $"spec.failurePolicy must be Fail or Ignore, not {failurePolicy}");
        }

        string? paramKind = null;
        if (reader.Map(spec, "paramKind", "spec") is { } pk)
        {
            paramKind = $"{reader.String(pk, "apiVersion", "spec.paramKind", required: true)}/{reader.String(pk, "kind", "spec.paramKind", required: true)}";
        }

        var constraints = reader.Map(spec, "matchConstraints", "spec", required: !podSpec);
        var match = constraints is null ? PodSpecPolicy.MatchConstraints : ReadMatch(constraints);
        var conditions = ReadConditions(spec);
        var variables = ReadVariables(spec, podSpec);
        var validations = ReadValidations(spec);
        if (podSpec)
        {
            variables = [.. PodSpecPolicy.Variables, .. variables];
            conditions = [PodSpecPolicy.MatchCondition, .. conditions];
        }

        return new PolicySpecBody(match, conditions, variables, validations, failurePolicy, paramKind);
    }

    private MatchResources ReadMatch(MappingNode map)
    {
        const string Where = "spec.matchConstraints";
        reader.KnownKeys(map, Where, "resourceRules", "excludeResourceRules", "namespaceSelector", "objectSelector", "matchPolicy");
        var rules = ReadRules(reader.Seq(map, "resourceRules", Where, required: true), Where + ".resourceRules");
        var excluded = ReadRules(reader.Seq(map, "excludeResourceRules", Where), Where + ".excludeResourceRules");
        var matchPolicy = reader.String(map, "matchPolicy", Where) ?? "Equivalent";
        if (matchPolicy is not ("Equivalent" or "Exact"))
        {
            reader.Problem(map["matchPolicy"]!, $"{Where}.matchPolicy must be Equivalent or Exact");
        }

        return new MatchResources
        {
            ResourceRules = rules,
            ExcludeResourceRules = excluded,
            NamespaceSelector = ReadSelector(reader.Map(map, "namespaceSelector", Where), Where + ".namespaceSelector"),
            ObjectSelector = ReadSelector(reader.Map(map, "objectSelector", Where), Where + ".objectSelector"),
            MatchPolicy = matchPolicy,
        };
    }

    private List<ResourceRule> ReadRules(SequenceNode? seq, string where)
    {
        var rules = new List<ResourceRule>();
        foreach (var item in seq?.Items ?? [])
        {
            if (item is not MappingNode rule)
            {
                reader.Problem(item, $"{where} entries must be mappings");
                continue;
            }

            reader.KnownKeys(rule, where, "apiGroups", "apiVersions", "resources", "operations", "resourceNames", "scope");
            rules.Add(new ResourceRule
            {
                ApiGroups = reader.Strings(rule, "apiGroups", where),
                ApiVersions = reader.Strings(rule, "apiVersions", where),
                Resources = reader.Strings(rule, "resources", where),
                Operations = reader.Strings(rule, "operations", where),
                ResourceNames = reader.Strings(rule, "resourceNames", where),
                Scope = reader.String(rule, "scope", where) ?? "*",
            });
        }

        return rules;
    }

    private LabelSelector ReadSelector(MappingNode? map, string where)
    {
        if (map is null)
        {
            return LabelSelector.Everything;
        }

        reader.KnownKeys(map, where, "matchLabels", "matchExpressions");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reader.Map(map, "matchLabels", where)?.Entries ?? [])
        {
            if (entry.KeyText is { } key && entry.Value is ScalarNode value)
            {
                labels[key] = value.Text;
            }
        }

        var requirements = new List<LabelSelectorRequirement>();
        foreach (var item in reader.Seq(map, "matchExpressions", where)?.Items ?? [])
        {
            if (item is MappingNode expression)
            {
                var op = reader.String(expression, "operator", where, required: true) ?? "";
                if (op is not ("In" or "NotIn" or "Exists" or "DoesNotExist"))
                {
                    reader.Problem(expression, $"{where}: operator must be In, NotIn, Exists or DoesNotExist");
                }

                requirements.Add(new LabelSelectorRequirement(
                    reader.String(expression, "key", where, required: true) ?? "", op, reader.Strings(expression, "values", where)));
            }
        }

        return new LabelSelector(labels, requirements);
    }

    private List<PolicyMatchCondition> ReadConditions(MappingNode spec)
    {
        var list = new List<PolicyMatchCondition>();
        foreach (var item in Entries(spec, "matchConditions"))
        {
            reader.KnownKeys(item, "spec.matchConditions", "name", "expression");
            var name = reader.String(item, "name", "spec.matchConditions", required: true);
            var expression = reader.Expression(item, "expression", "spec.matchConditions");
            if (name is not null && expression is not null)
            {
                list.Add(new PolicyMatchCondition(name, expression));
            }
        }

        return list;
    }

    private List<PolicyVariable> ReadVariables(MappingNode spec, bool podSpec)
    {
        var list = new List<PolicyVariable>();
        foreach (var item in Entries(spec, "variables"))
        {
            reader.KnownKeys(item, "spec.variables", "name", "expression");
            var name = reader.String(item, "name", "spec.variables", required: true);
            var expression = reader.Expression(item, "expression", "spec.variables");
            if (name is null || expression is null)
            {
                continue;
            }

            if (list.Any(v => v.Name == name) || (podSpec && PodSpecPolicy.Variables.Any(v => v.Name == name)))
            {
                reader.Problem(item, $"variable '{name}' is declared twice (pod-spec policies already have pod, podSpec and containers)");
            }

            list.Add(new PolicyVariable(name, expression));
        }

        return list;
    }

    private List<PolicyValidation> ReadValidations(MappingNode spec)
    {
        var list = new List<PolicyValidation>();
        var items = Entries(spec, "validations").ToList();
        if (items.Count == 0)
        {
            reader.Problem(spec, "spec.validations must hold at least one validation");
        }

        foreach (var item in items)
        {
            const string Where = "spec.validations";
            reader.KnownKeys(item, Where, "expression", "message", "messageExpression", "reason");
            var expression = reader.Expression(item, "expression", Where);
            var message = reader.String(item, "message", Where);
            if (message is not null && message.Contains('\n', StringComparison.Ordinal))
            {
                reader.Problem(item["message"]!, "spec.validations.message must not contain line breaks");
            }

            if (expression is not null)
            {
                list.Add(new PolicyValidation(list.Count, expression)
                {
                    Message = message,
                    MessageExpression = reader.Expression(item, "messageExpression", Where, required: false),
                    Reason = reader.String(item, "reason", Where),
                });
            }
        }

        return list;
    }

    private IEnumerable<MappingNode> Entries(MappingNode spec, string key)
    {
        foreach (var item in reader.Seq(spec, key, "spec")?.Items ?? [])
        {
            if (item is MappingNode map)
            {
                yield return map;
            }
            else
            {
                reader.Problem(item, $"spec.{key} entries must be mappings");
            }
        }
    }
}
