using System.Globalization;
using Rampart.Cel.Libraries.Kubernetes.Syntax;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>Type, enum, range, length, pattern and quantity checks of scalar values.</summary>
internal static class ScalarChecks
{
    public static string TypeName(SchemaKind kind) => kind switch
    {
        SchemaKind.String => "string",
        SchemaKind.Integer => "integer",
        SchemaKind.Number => "number",
        SchemaKind.Boolean => "boolean",
        SchemaKind.IntOrString => "integer or string",
        SchemaKind.Quantity => "quantity (string or number)",
        SchemaKind.Object => "object",
        SchemaKind.Array => "array",
        _ => "any",
    };

    public static string TypeName(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "string",
        ScalarKind.Int => "integer",
        ScalarKind.Float => "number",
        ScalarKind.Bool => "boolean",
        _ => "null",
    };

    public static void Validate(CompiledSchema schema, ScalarNode scalar, ValidationContext context)
    {
        var kind = scalar.Kind;
        switch (schema.Kind)
        {
            case SchemaKind.String when kind == ScalarKind.String:
                CheckString(schema, scalar, context);
                return;
            case SchemaKind.Integer when kind == ScalarKind.Int:
                CheckInteger(schema, scalar, context);
                return;
            case SchemaKind.Number when kind is ScalarKind.Int or ScalarKind.Float:
                CheckNumber(schema, scalar, context);
                return;
            case SchemaKind.Boolean when kind == ScalarKind.Bool:
                CheckOtherEnum(schema, scalar, scalar.Bool ? "true" : "false", context);
                return;
            case SchemaKind.IntOrString when kind == ScalarKind.Int:
                CheckInteger(schema, scalar, context);
                return;
            case SchemaKind.IntOrString when kind == ScalarKind.String:
                CheckString(schema, scalar, context);
                return;
            case SchemaKind.Quantity when kind == ScalarKind.String:
                if (!QuantitySyntax.IsValid(scalar.Text))
                {
                    context.Report(SchemaRules.InvalidFormat, scalar,
                        $"\"{FindingText.Cut(scalar.Text)}\" is not a valid quantity: use a number with an optional suffix such as 500m, 2, 1.5, 128Mi, 1Gi or 1e3");
                }

                return;
            case SchemaKind.Quantity when kind is ScalarKind.Int or ScalarKind.Float:
                return;
        }

        SchemaValidator.WrongType(context, scalar, TypeName(schema.Kind));
        CheckEnumOfWrongType(schema, scalar, context);
    }

    /// <summary>A scalar where the schema has no type: only the constraints that fit the value apply.</summary>
    public static void ValidateUntyped(CompiledSchema schema, ScalarNode scalar, ValidationContext context)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.String:
                CheckString(schema, scalar, context);
                break;
            case ScalarKind.Int:
                CheckInteger(schema, scalar, context);
                break;
            case ScalarKind.Float:
                CheckNumber(schema, scalar, context);
                break;
            case ScalarKind.Bool:
                CheckOtherEnum(schema, scalar, scalar.Bool ? "true" : "false", context);
                break;
        }
    }

    /// <summary>A value of the wrong type is also not one of a string enum's members (as kubectl reports both).</summary>
    public static void CheckEnumOfWrongType(CompiledSchema schema, Node node, ValidationContext context)
    {
        if (schema.StringEnum is not null && node is ScalarNode scalar)
        {
            context.Report(SchemaRules.ValueNotAllowed, scalar, $"unsupported value {FindingText.Cut(scalar.Text)}: supported values: {schema.EnumText}");
        }
    }

    private static void CheckString(CompiledSchema schema, ScalarNode scalar, ValidationContext context)
    {
        var text = scalar.Text;
        if (schema.StringEnum is { } members && !members.Contains(text))
        {
            context.Report(SchemaRules.ValueNotAllowed, scalar, $"unsupported value \"{FindingText.Cut(text)}\": supported values: {schema.EnumText}");
        }

        if (schema.MinLength >= 0 || schema.MaxLength >= 0)
        {
            var length = RuneCount(text);
            if (schema.MinLength >= 0 && length < schema.MinLength)
            {
                context.Report(SchemaRules.OutOfRange, scalar, $"must be at least {schema.MinLength} characters long");
            }

            if (schema.MaxLength >= 0 && length > schema.MaxLength)
            {
                context.Report(SchemaRules.OutOfRange, scalar, $"must be at most {schema.MaxLength} characters long, is {length}");
            }
        }

        // Unanchored, as Go's MatchString: the pattern may match anywhere in the value.
        if (schema.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            context.Report(SchemaRules.InvalidFormat, scalar, $"\"{FindingText.Cut(text)}\" does not match the pattern {pattern}");
        }
    }

    private static void CheckInteger(CompiledSchema schema, ScalarNode scalar, ValidationContext context)
    {
        if (scalar.IsUnsigned)
        {
            if (schema.IntegerFormat != IntegerFormat.None)
            {
                context.Report(SchemaRules.OutOfRange, scalar, $"{FindingText.Cut(scalar.Text)} is out of range for {FormatName(schema.IntegerFormat)}");
            }

            CheckBounds(schema, scalar, scalar.UInt, context);
            return;
        }

        var value = scalar.Int;
        if (schema.IntegerFormat == IntegerFormat.Int32 && (value < int.MinValue || value > int.MaxValue))
        {
            context.Report(SchemaRules.OutOfRange, scalar, $"{value} is out of range for int32");
        }

        CheckBounds(schema, scalar, value, context);
        CheckOtherEnum(schema, scalar, value.ToString(CultureInfo.InvariantCulture), context);
    }

    private static void CheckNumber(CompiledSchema schema, ScalarNode scalar, ValidationContext context)
    {
        var value = scalar.Kind != ScalarKind.Int ? scalar.Float : scalar.IsUnsigned ? scalar.UInt : scalar.Int;
        CheckBounds(schema, scalar, value, context);
        if (schema.OtherEnum is not null)
        {
            CheckOtherEnum(schema, scalar, value.ToString(CultureInfo.InvariantCulture), context);
        }
    }

    private static void CheckBounds(CompiledSchema schema, ScalarNode scalar, double value, ValidationContext context)
    {
        if (schema.Minimum is { } min && (value < min || (schema.ExclusiveMinimum && value <= min)))
        {
            context.Report(SchemaRules.OutOfRange, scalar,
                string.Create(CultureInfo.InvariantCulture, $"{scalar.Text} must be {(schema.ExclusiveMinimum ? "greater than" : "greater than or equal to")} {min}"));
        }

        if (schema.Maximum is { } max && (value > max || (schema.ExclusiveMaximum && value >= max)))
        {
            context.Report(SchemaRules.OutOfRange, scalar,
                string.Create(CultureInfo.InvariantCulture, $"{scalar.Text} must be {(schema.ExclusiveMaximum ? "less than" : "less than or equal to")} {max}"));
        }
    }

    private static void CheckOtherEnum(CompiledSchema schema, ScalarNode scalar, string canonical, ValidationContext context)
    {
        if (schema.StringEnum is null && schema.OtherEnum is null)
        {
            return;
        }

        if (schema.OtherEnum is null || Array.IndexOf(schema.OtherEnum, canonical) < 0)
        {
            context.Report(SchemaRules.ValueNotAllowed, scalar, $"unsupported value {FindingText.Cut(scalar.Text)}: supported values: {schema.EnumText}");
        }
    }

    private static string FormatName(IntegerFormat format) => format == IntegerFormat.Int32 ? "int32" : "int64";

    private static int RuneCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }
}
