
namespace Rampart.Cel.Tests.Conformance;

/// <summary>Decides whether a test needs protobuf message types (test messages, wrappers, Any, Struct, enums).</summary>
internal static partial class ProtoDetector
{
    public static string? Reason(ConformanceCase test)
    {
        var expr = test.Expr;
        if (ProtoNames().Match(expr) is { Success: true } m)
        {
            return $"uses protobuf type '{m.Value.TrimEnd('{', ' ')}'";
        }

        if (MessageLiteral().IsMatch(expr))
        {
            return "constructs a protobuf message";
        }

        if (test.Test.String("container") is { } container && (container.Contains("conformance", StringComparison.Ordinal) || container.StartsWith("google.protobuf", StringComparison.Ordinal)))
        {
            return $"resolves names in the protobuf package '{container}'";
        }

        if (ContainsMessage(test.Test) || Contains(test.Test, "enum_value"))
        {
            return "binds or expects a protobuf message or enum value";
        }

        foreach (var decl in test.Test.Messages("type_env"))
        {
            if (decl.Message("ident")?.Message("type") is { } type && ConformanceValues.DecodeType(type) is null)
            {
                return "declares a variable of a protobuf message or wrapper type";
            }
        }

        return null;
    }

    /// <summary>Whether an <c>object_value</c> holds anything but a packed duration or timestamp.</summary>
    private static bool ContainsMessage(TextMessage message) =>
        message.Messages("object_value").Any(o => o.Fields.Any(f => f.Key is not ("[type.googleapis.com/google.protobuf.Duration]" or "[type.googleapis.com/google.protobuf.Timestamp]")))
        || message.Fields.Any(f => f.Value is TextMessage m && ContainsMessage(m));

    private static bool Contains(TextMessage message, string field) =>
        message.Has(field) || message.Fields.Any(f => f.Value is TextMessage m && Contains(m, field));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(TestAllTypes|NestedTestAllTypes|TestRequired|GlobalEnum|NestedEnum|NestedMessage|Proto2ExtensionScopedMessage|google\.protobuf\.(?!Timestamp\b|Duration\b)\w+|cel\.expr\.conformance[\w.]*)")]
    private static partial System.Text.RegularExpressions.Regex ProtoNames();

    [System.Text.RegularExpressions.GeneratedRegex(@"(^|[^\w.])\.?[A-Z]\w*\s*\{")]
    private static partial System.Text.RegularExpressions.Regex MessageLiteral();
}
