using System.Collections.Concurrent;
using System.Text.Json;
using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Loading;

namespace Rampart.Policies.Batch;

/// <summary>
/// Reads and runs the cases of one batch file. A case is a JSON object on one line:
/// <c>{"id", "expression", "object", "oldObject", "params"}</c>. For <c>object</c>, <c>oldObject</c> and
/// <c>params</c> a string names a YAML or JSON file (relative to the batch file's folder unless absolute), null or
/// a missing field binds null, and any other JSON value is the value itself (an object for <c>object</c> and
/// <c>oldObject</c>). Files are read once per batch, however many cases name them. Safe to use from several threads.
/// </summary>
public sealed class PolicyBatchCases(string batchFile)
{
    private static readonly string[] Fields = ["id", "expression", "object", "oldObject", "params"];

    private readonly string folder = Path.GetDirectoryName(Path.GetFullPath(batchFile)) ?? ".";
    private readonly ConcurrentDictionary<string, Lazy<PolicyInputDocument>> files = new(StringComparer.Ordinal);

    /// <summary>Runs the case on line <paramref name="lineNumber"/> (1-based) of the batch file; never throws for bad input.</summary>
    public PolicyBatchResult Run(string line, int lineNumber, CelEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Input(null, lineNumber, $"not a JSON value: {e.Message}");
        }

        using (document)
        {
            return Run(document.RootElement, lineNumber, options);
        }
    }

    private PolicyBatchResult Run(JsonElement root, int lineNumber, CelEvaluationOptions? options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Input(null, lineNumber, "a case must be a JSON object");
        }

        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : null;
        var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !Fields.Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
        {
            return Input(id, lineNumber, $"unknown field '{unknown}' (a case has {string.Join(", ", Fields)})");
        }

        if (!root.TryGetProperty("expression", out var expression) || expression.ValueKind != JsonValueKind.String)
        {
            return Input(id, lineNumber, "'expression' must be a string");
        }

        var obj = Bind(root, "object", mustBeObject: true);
        var oldObject = Bind(root, "oldObject", mustBeObject: true);
        var parameters = Bind(root, "params", mustBeObject: false);
        if ((obj.Error ?? oldObject.Error ?? parameters.Error) is { } error)
        {
            return Input(id, lineNumber, error);
        }

        var input = new PolicyEvalInput { Object = obj.Root as MappingNode, OldObject = oldObject.Root as MappingNode, Params = parameters.Root };
        return Evaluate(id, expression.GetString()!, input, options);
    }

    private static PolicyBatchResult Evaluate(string? id, string expression, PolicyEvalInput input, CelEvaluationOptions? options)
    {
        PolicyEvalResult result;
        try
        {
            result = PolicyEval.Evaluate(expression, input, options);
        }
        catch (CelInternalException e)
        {
            return PolicyBatchResult.Failed(id, PolicyBatchKind.Internal, e.Message);
        }

        if (!result.Compiled)
        {
            return PolicyBatchResult.Failed(id, PolicyBatchKind.Compile, string.Join("\n", result.Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}")));
        }

        return result.Value is CelError error
            ? PolicyBatchResult.Failed(id, PolicyBatchKind.Eval, error.ToString())
            : new PolicyBatchResult(id, PolicyBatchKind.Value, result.Value, null);
    }

    private PolicyInputDocument Bind(JsonElement root, string field, bool mustBeObject)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new PolicyInputDocument(null, null);
        }

        PolicyInputDocument document;
        string path;
        if (value.ValueKind == JsonValueKind.String)
        {
            path = Path.Combine(folder, value.GetString()!);
            document = files.GetOrAdd(path, p => new Lazy<PolicyInputDocument>(() => PolicyInputDocument.FromFile(p))).Value;
        }
        else if (mustBeObject && value.ValueKind != JsonValueKind.Object)
        {
            return new PolicyInputDocument(null, $"'{field}' must be a file name (a string), an inline object or null");
        }
        else
        {
            path = "inline JSON";
            document = PolicyInputDocument.FromText(path, value.GetRawText());
        }

        document = mustBeObject ? document.AsObject(path) : document;
        return document.Error is null ? document : new PolicyInputDocument(null, $"'{field}': {document.Error}");
    }

    private static PolicyBatchResult Input(string? id, int lineNumber, string message) =>
        PolicyBatchResult.Failed(id, PolicyBatchKind.Input, $"line {lineNumber}: {message}");
}
