using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Cel;
using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;
using Rampart.Findings;

namespace Rampart.Schemas;

/// <summary>
/// Compiles a schema's <c>x-kubernetes-validations</c> in the environment Kubernetes gives CRD rules: <c>self</c>,
/// <c>oldSelf</c>, and every CEL library Kubernetes offers. A rule that does not compile is a problem of the schema
/// (RMP-SCHEMA-009), as the API server rejects such a CRD.
/// </summary>
internal static partial class ValidationRuleCompiler
{
    public const string Self = "self";
    public const string OldSelf = "oldSelf";

    private static readonly Lazy<CelEnvironment> Environment = new(() => CelEnvironment.CreateBuilder()
        .UseStandardLibrary().UseExtensionLibraries().UseKubernetesLibraries()
        .AddVariable(Self, CelType.Dyn).AddVariable(OldSelf, CelType.Dyn).Build());

    public static ValidationRule[]? Compile(JsonElement element, string where, List<string> problems)
    {
        if (!element.TryGetProperty("x-kubernetes-validations", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var rules = new List<ValidationRule>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"{where}.x-kubernetes-validations[{index++}]";
            if (item.ValueKind != JsonValueKind.Object || Text(item, "rule") is not { } rule)
            {
                problems.Add($"{at}: a validation rule needs a 'rule'");
                continue;
            }

            var program = Program(rule, $"{at}.rule", problems);
            var messageExpression = Text(item, "messageExpression") is { } expression ? Program(expression, $"{at}.messageExpression", problems) : null;
            if (program is not null)
            {
                rules.Add(new ValidationRule(rule, program, Text(item, "message"), messageExpression, Text(item, "reason"), Text(item, "fieldPath"),
                    OldSelfReference().IsMatch(rule)));
            }
        }

        return rules.Count > 0 ? [.. rules] : null;
    }

    private static CelProgram? Program(string source, string where, List<string> problems)
    {
        var compiled = Environment.Value.Compile(source);
        if (compiled.Success)
        {
            return compiled.Program;
        }

        problems.Add($"{where}: '{FindingText.Cut(source)}' does not compile: {string.Join("; ", compiled.Errors.Select(e => e.Message))}; the rule is not checked");
        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"\boldSelf\b", RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OldSelfReference();
}
