using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Reads one ValidatingAdmissionPolicy document into a <see cref="Policy"/>. Everything wrong with it becomes a
/// problem finding with its line and column, and the policy is then not returned.
/// </summary>
internal sealed class PolicyReader(NodeReader reader)
{
    private const string ApiVersion = "admissionregistration.k8s.io/v1";

    public Policy? Read(MappingNode root)
    {
        var before = reader.Problems.Count;
        var apiVersion = reader.String(root, "apiVersion", "", required: true);
        var kind = reader.String(root, "kind", "", required: true);
        if (kind is not null && kind != "ValidatingAdmissionPolicy")
        {
            reader.Problem(root["kind"]!, $"a policy file holds ValidatingAdmissionPolicy objects, not {kind}");
            return null;
        }

        if (apiVersion is not null && apiVersion != ApiVersion && apiVersion != "admissionregistration.k8s.io/v1beta1")
        {
            reader.Problem(root["apiVersion"]!, $"apiVersion must be {ApiVersion}, not {apiVersion}");
        }

        var metadata = reader.Map(root, "metadata", "", required: true);
        var spec = reader.Map(root, "spec", "", required: true);
        if (metadata is null || spec is null)
        {
            return null;
        }

        var name = reader.String(metadata, "name", "metadata", required: true) ?? "";
        var annotations = Annotations(metadata);
        var meta = ReadMetadata(metadata, annotations);
        var podSpec = annotations.TryGetValue(PolicyAnnotations.PodSpec, out var ps) && ps.Text == "true";
        var body = new PolicySpecReader(reader).Read(spec, podSpec);
        var repositoryParams = ReadParams(annotations);
        var parameters = ReadParameters(annotations, body?.ParamKind, repositoryParams.Count > 0);
        if (meta is null || body is null || reader.Problems.Count > before)
        {
            return null;
        }

        var validations = AttachFields(body.Validations, annotations);
        if (reader.Problems.Count > before)
        {
            return null;
        }

        return new Policy
        {
            Name = name,
            Metadata = meta,
            SourcePath = reader.Path,
            Start = root.Start,
            MatchConstraints = body.MatchConstraints,
            MatchConditions = body.MatchConditions,
            Variables = body.Variables,
            Validations = validations,
            FailurePolicy = body.FailurePolicy,
            PodSpec = podSpec,
            ParamKind = body.ParamKind,
            RepositoryParams = repositoryParams,
            Parameters = parameters,
            Document = root,
        };
    }

    private Dictionary<string, ScalarNode> Annotations(MappingNode metadata)
    {
        var result = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        var annotations = reader.Map(metadata, "annotations", "metadata");
        if (annotations is null)
        {
            return result;
        }

        foreach (var entry in annotations.Entries)
        {
            if (entry.KeyText is { } key && entry.Value is ScalarNode value)
            {
                result[key] = value;
            }
            else
            {
                reader.Problem(entry.Key, "annotation values must be strings");
            }
        }

        return result;
    }

    private PolicyMetadata? ReadMetadata(MappingNode metadata, Dictionary<string, ScalarNode> annotations)
    {
        string? Required(string key)
        {
            if (annotations.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value.Text))
            {
                return value.Text.Trim();
            }

            reader.Problem(metadata, $"annotation {key} is required");
            return null;
        }

        string? Optional(string key) => annotations.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Text) ? v.Text.Trim() : null;

        var id = Required(PolicyAnnotations.Id);
        var title = Required(PolicyAnnotations.Title);
        var severity = Parse<Severity>(PolicyAnnotations.Severity, Required(PolicyAnnotations.Severity), annotations);
        var category = Parse<Category>(PolicyAnnotations.Category, Required(PolicyAnnotations.Category), annotations);
        var responsibility = Parse<Responsibility>(PolicyAnnotations.Responsibility, Required(PolicyAnnotations.Responsibility), annotations);
        if (id is null || title is null || severity is null || category is null || responsibility is null)
        {
            return null;
        }

        var aliases = Optional(PolicyAnnotations.Aliases)?
            .Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new PolicyMetadata
        {
            Id = id,
            Title = title,
            Severity = severity.Value,
            Category = category.Value,
            Responsibility = responsibility.Value,
            Description = Optional(PolicyAnnotations.Description),
            Remediation = Optional(PolicyAnnotations.Remediation),
            Aliases = aliases,
            HelpUri = Optional(PolicyAnnotations.Docs),
        };
    }

    private T? Parse<T>(string key, string? text, Dictionary<string, ScalarNode> annotations)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (EnumNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        reader.Problem(annotations[key], $"annotation {key} must be one of {allowed}, not '{text}'");
        return null;
    }

    private List<KindReference> ReadParams(Dictionary<string, ScalarNode> annotations)
    {
        var kinds = new List<KindReference>();
        if (!annotations.TryGetValue(PolicyAnnotations.Params, out var node))
        {
            return kinds;
        }

        foreach (var part in node.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (KindReference.Parse(part) is { } kind)
            {
                kinds.Add(kind);
            }
            else
            {
                reader.Problem(node, $"annotation {PolicyAnnotations.Params}: '{part}' is not a kind (Kind, group/Kind or group/version/Kind)");
            }
        }

        return kinds;
    }

    /// <summary>
    /// The <c>rampart.dev/parameters</c> annotation: a YAML mapping of parameter names to defaults. A policy with
    /// parameters reads them through <c>params</c>, so it cannot also bind repository objects there, and a
    /// <c>paramKind</c> it declares must be the parameter object's kind.
    /// </summary>
    private PolicyParameters? ReadParameters(Dictionary<string, ScalarNode> annotations, string? paramKind, bool bindsRepository)
    {
        if (!annotations.TryGetValue(PolicyAnnotations.Parameters, out var node))
        {
            return null;
        }

        if (bindsRepository)
        {
            reader.Problem(node, $"annotation {PolicyAnnotations.Parameters}: a policy whose params are repository objects ({PolicyAnnotations.Params}) cannot take parameters too");
            return null;
        }

        var expectedKind = $"{PolicyParameters.ApiVersion}/{PolicyParameters.Kind}";
        if (paramKind is not null && paramKind != expectedKind)
        {
            reader.Problem(node, $"annotation {PolicyAnnotations.Parameters}: spec.paramKind must be {expectedKind} (or left out), not {paramKind}");
            return null;
        }

        var document = new YamlLoader().Load($"{reader.Path} ({PolicyAnnotations.Parameters})", node.Text).FirstOrDefault();
        if (document is null || document.Problems.Count > 0 || document.Root is not MappingNode defaults || defaults.Entries.Any(e => e.KeyText is null))
        {
            var why = document is { Problems.Count: > 0 } ? document.Problems[0].Message : "it must be a YAML mapping of parameter names to their defaults";
            reader.Problem(node, $"annotation {PolicyAnnotations.Parameters}: {why}");
            return null;
        }

        return new PolicyParameters(defaults);
    }

    private List<PolicyValidation> AttachFields(IReadOnlyList<PolicyValidation> validations, Dictionary<string, ScalarNode> annotations)
    {
        var result = new List<PolicyValidation>(validations.Count);
        foreach (var validation in validations)
        {
            if (annotations.TryGetValue(PolicyAnnotations.FieldOf(validation.Index), out var hint)
                || annotations.TryGetValue(PolicyAnnotations.Field, out hint))
            {
                var field = FieldReference.Parse(hint.Text, out var error);
                if (field is null)
                {
                    reader.Problem(hint, $"location hint: {error}");
                }

                result.Add(validation with { Field = field });
            }
            else
            {
                result.Add(validation);
            }
        }

        foreach (var key in annotations.Keys)
        {
            if (key.StartsWith(PolicyAnnotations.Field + ".", StringComparison.Ordinal)
                && (!int.TryParse(key.AsSpan(PolicyAnnotations.Field.Length + 1), out var index) || index < 0 || index >= validations.Count))
            {
                reader.Problem(annotations[key], $"annotation {key} names no validation (there are {validations.Count})");
            }
        }

        return result;
    }
}
