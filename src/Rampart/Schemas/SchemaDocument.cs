using System.Collections.Concurrent;
using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>
/// One parsed OpenAPI v3 document (a group-version document of Kubernetes, the built-in set, or a cluster's).
/// Each kind's root schema is compiled on first use, once, under a lock; compiled roots are then read lock-free.
/// </summary>
internal sealed class SchemaDocument
{
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 512, AllowTrailingCommas = false };

    private readonly JsonDocument json;
    private readonly SchemaCompiler compiler;
    private readonly Dictionary<GroupVersionKind, string> kinds;
    private readonly ConcurrentDictionary<GroupVersionKind, CompiledSchema> compiled = new();
    private readonly Lock gate = new();

    private SchemaDocument(string source, JsonDocument json, JsonElement components, Dictionary<GroupVersionKind, string> kinds, SchemaCompilerOptions options)
    {
        Source = source;
        this.json = json;
        this.kinds = kinds;
        compiler = new SchemaCompiler(components, options);
        GroupVersions = kinds.Keys.Select(k => k.GroupVersion).ToHashSet();
    }

    /// <summary>Where the document came from (a file, a URL, "built-in").</summary>
    public string Source { get; }

    public IReadOnlySet<GroupVersion> GroupVersions { get; }

    public IEnumerable<GroupVersionKind> Kinds => kinds.Keys;

    /// <summary>Reads a document; returns null and an error when it is not JSON or has no <c>components.schemas</c>.</summary>
    public static SchemaDocument? TryParse(string source, ReadOnlyMemory<byte> utf8, SchemaCompilerOptions options, out string? error)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, ReadOptions);
        }
        catch (JsonException e)
        {
            error = $"{source}: not valid JSON: {e.Message}";
            return null;
        }

        if (json.RootElement.ValueKind != JsonValueKind.Object
            || !json.RootElement.TryGetProperty("components", out var components)
            || components.ValueKind != JsonValueKind.Object
            || !components.TryGetProperty("schemas", out var schemas)
            || schemas.ValueKind != JsonValueKind.Object)
        {
            json.Dispose();
            error = $"{source}: not an OpenAPI v3 document (no components.schemas)";
            return null;
        }

        error = null;
        return new SchemaDocument(source, json, schemas, IndexKinds(schemas), options);
    }

    public bool Has(GroupVersionKind gvk) => kinds.ContainsKey(gvk);

    public CompiledSchema? Get(GroupVersionKind gvk)
    {
        if (compiled.TryGetValue(gvk, out var schema))
        {
            return schema;
        }

        if (!kinds.TryGetValue(gvk, out var name))
        {
            return null;
        }

        lock (gate)
        {
            return compiled.GetOrAdd(gvk, _ => compiler.CompileNamed(name));
        }
    }

    /// <summary>A named schema of <c>components.schemas</c> (for example ObjectMeta for CRDs).</summary>
    public CompiledSchema GetNamed(string name)
    {
        lock (gate)
        {
            return compiler.CompileNamed(name);
        }
    }

    /// <summary>What could not be compiled so far (unsupported patterns, missing references).</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. compiler.Problems];
            }
        }
    }

    private static Dictionary<GroupVersionKind, string> IndexKinds(JsonElement schemas)
    {
        var kinds = new Dictionary<GroupVersionKind, string>();
        foreach (var schema in schemas.EnumerateObject())
        {
            if (schema.Value.ValueKind != JsonValueKind.Object
                || !schema.Value.TryGetProperty("x-kubernetes-group-version-kind", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var gvk in list.EnumerateArray())
            {
                if (gvk.ValueKind == JsonValueKind.Object && Text(gvk, "version") is { } version && Text(gvk, "kind") is { } kind)
                {
                    kinds.TryAdd(new GroupVersionKind(Text(gvk, "group") ?? "", version, kind), schema.Name);
                }
            }
        }

        return kinds;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public override string ToString() => Source;

    /// <summary>Keeps the parsed JSON alive as long as the document (compiled schemas read it lazily).</summary>
    internal JsonDocument Json => json;
}
