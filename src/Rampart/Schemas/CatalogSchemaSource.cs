using System.Collections.Concurrent;
using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>
/// A catalog of JSON Schemas, one file per kind, as kubeconform reads them: a folder with
/// <c>{group}/{kind}_{version}.json</c> or <c>{kind}_{version}.json</c> (the CRDs-catalog layout), or
/// <c>{kind}-{group}-{version}.json</c> (kubernetes-json-schema's), or a <c>-schema-location</c> template of local
/// paths (<see cref="CatalogTemplate"/>). Each kind's file is read and compiled on first use, once. A catalog
/// never makes a kind unknown: a missing file only means the catalog does not have it. A file that cannot be read
/// or parsed leaves the kind uncovered, and <see cref="ProblemOf"/> says why (the missing-schema finding names it);
/// the parts of a schema that cannot be used (an unsupported pattern, a reference to another file) are not checked.
/// </summary>
internal sealed class CatalogSchemaSource(string name, CatalogTemplate template, SchemaCompilerOptions options, long maxFileBytes) : ISchemaSource
{
    private readonly ConcurrentDictionary<GroupVersionKind, CompiledSchema?> kinds = new();
    private readonly ConcurrentDictionary<GroupVersionKind, string> problems = new();

    public string Name { get; } = name;

    /// <summary>Why the catalog's file for <paramref name="gvk"/> could not be used, or null.</summary>
    public string? ProblemOf(GroupVersionKind gvk) => problems.GetValueOrDefault(gvk);

    public SchemaAnswer Find(GroupVersionKind gvk, out CompiledSchema? schema)
    {
        schema = kinds.GetOrAdd(gvk, Load);
        return schema is null ? SchemaAnswer.NotCovered : SchemaAnswer.Found;
    }

    private CompiledSchema? Load(GroupVersionKind gvk)
    {
        var file = template.Candidates(gvk).FirstOrDefault(File.Exists);
        if (file is null)
        {
            return null;
        }

        try
        {
            if (new FileInfo(file).Length > maxFileBytes)
            {
                problems[gvk] = $"{file}: larger than the limit of {maxFileBytes:N0} bytes";
                return null;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 512 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems[gvk] = $"{file}: not a JSON Schema (an object)";
                return null;
            }

            // Self-contained schemas: local "#/definitions/NAME" references are resolved, other references are problems.
            var definitions = json.RootElement.TryGetProperty("definitions", out var d) ? d : default;
            var compiler = new SchemaCompiler(definitions, options with { EmptyObjectsAreOpen = false }, "#/definitions/");
            return compiler.CompileResourceRoot(json.RootElement, file);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problems[gvk] = $"{file}: {e.Message}";
            return null;
        }
    }
}
