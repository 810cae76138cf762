using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Walks a positioned tree with a <see cref="CompiledSchema"/> and reports every violation with its field path
/// and node. Null values are accepted everywhere, as Kubernetes treats them as absent.
/// </summary>
internal static class SchemaValidator
{
    private const int MaxDepth = 300;

    public static void Validate(CompiledSchema schema, Node node, ValidationContext context)
    {
        if (node is ScalarNode { Kind: ScalarKind.Null } || context.Depth > MaxDepth)
        {
            return;
        }

        context.Depth++;
        switch (schema.Kind)
        {
            case SchemaKind.Object:
                if (node is MappingNode map)
                {
                    ValidateObject(schema, map, context);
                }
                else
                {
                    WrongType(context, node, "object");
                }

                break;
            case SchemaKind.Array:
                if (node is SequenceNode list)
                {
                    ValidateArray(schema, list, context);
                }
                else
                {
                    WrongType(context, node, "array");
                }

                break;
            case SchemaKind.Any:
                ValidateAny(schema, node, context);
                break;
            default:
                if (node is ScalarNode scalar)
                {
                    ScalarChecks.Validate(schema, scalar, context);
                }
                else
                {
                    WrongType(context, node, ScalarChecks.TypeName(schema.Kind));
                    ScalarChecks.CheckEnumOfWrongType(schema, node, context);
                }

                break;
        }

        if (schema.HasValueValidations)
        {
            ValueValidations.Validate(schema, node, context);
        }

        if (schema.Rules is { } rules && !context.Silent)
        {
            ValidationRuleRunner.Run(rules, node, context);
        }

        context.Depth--;
    }

    internal static void WrongType(ValidationContext context, Node node, string expected) =>
        context.Report(SchemaRules.WrongType, node, $"must be of type {expected}, got {Describe(node)}");

    internal static string Describe(Node node) => node switch
    {
        MappingNode => "object",
        SequenceNode => "array",
        ScalarNode s => $"{ScalarChecks.TypeName(s.Kind)} {Quote(s)}",
        _ => "unknown",
    };

    private static string Quote(ScalarNode s)
    {
        var text = FindingText.Cut(s.Text, 61);
        return s.Kind == ScalarKind.String ? $"\"{text}\"" : text;
    }

    private static void ValidateAny(CompiledSchema schema, Node node, ValidationContext context)
    {
        switch (node)
        {
            case MappingNode map when schema.Properties is not null || schema.Required.Length > 0 || schema.AdditionalProperties is not null
                || schema.MinProperties >= 0 || schema.MaxProperties >= 0:
                ValidateObject(schema, map, context);
                break;
            case SequenceNode list when schema.Items is not null || schema.MinItems >= 0 || schema.MaxItems >= 0 || schema.ListType != ListType.Atomic:
                ValidateArray(schema, list, context);
                break;
            case ScalarNode scalar:
                ScalarChecks.ValidateUntyped(schema, scalar, context);
                break;
        }
    }

    private static void ValidateObject(CompiledSchema schema, MappingNode map, ValidationContext context)
    {
        var properties = schema.Properties;
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Key is not ScalarNode key)
            {
                context.Report(SchemaRules.WrongType, entry.Key, "a field name must be a string, not a collection");
                continue;
            }

            var old = context.Old;
            if (properties is not null && properties.TryGetValue(key.Text, out var field))
            {
                context.Path.Push(key.Text);
                context.Old = (old as MappingNode)?[key.Text];
                Validate(field, entry.Value, context);
                context.Old = old;
                context.Path.Pop();
            }
            else if (schema.AdditionalProperties is { } values)
            {
                context.Path.PushKey(key.Text);
                context.Old = (old as MappingNode)?[key.Text];
                Validate(values, entry.Value, context);
                context.Old = old;
                context.Path.Pop();
            }
            else if (schema.RejectUnknownFields)
            {
                context.ReportField(SchemaRules.UnknownField, key, key.Text, $"unknown field \"{FindingText.Cut(key.Text)}\"");
            }
        }

        foreach (var name in schema.Required)
        {
            if (!map.TryGetValue(name, out var value) || value is ScalarNode { Kind: ScalarKind.Null })
            {
                context.ReportField(SchemaRules.MissingRequired, map, name, "required value is missing");
            }
        }

        if (schema.MinProperties >= 0 && map.Count < schema.MinProperties)
        {
            context.Report(SchemaRules.OutOfRange, map, $"must have at least {schema.MinProperties} fields");
        }

        if (schema.MaxProperties >= 0 && map.Count > schema.MaxProperties)
        {
            context.Report(SchemaRules.OutOfRange, map, $"must have at most {schema.MaxProperties} fields");
        }

        if (schema.IsObjectMeta)
        {
            ObjectMetaChecks.CheckLabelsAndAnnotations(map, context);
        }
    }

    private static void ValidateArray(CompiledSchema schema, SequenceNode list, ValidationContext context)
    {
        if (schema.Items is { } items)
        {
            // Items are not correlated with the old object's (transition rules inside lists do not run).
            var old = context.Old;
            context.Old = null;
            for (var i = 0; i < list.Count; i++)
            {
                context.Path.PushIndex(i);
                Validate(items, list[i], context);
                context.Path.Pop();
            }

            context.Old = old;
        }

        if (schema.MinItems >= 0 && list.Count < schema.MinItems)
        {
            context.Report(SchemaRules.OutOfRange, list, $"must have at least {schema.MinItems} items");
        }

        if (schema.MaxItems >= 0 && list.Count > schema.MaxItems)
        {
            context.Report(SchemaRules.OutOfRange, list, $"must have at most {schema.MaxItems} items");
        }

        if (schema.ListType != ListType.Atomic && list.Count > 1)
        {
            ListChecks.CheckDuplicates(schema, list, context);
        }
    }
}
