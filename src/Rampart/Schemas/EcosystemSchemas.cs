using System.IO.Compression;
using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>
/// The schemas of widely used CRDs embedded in Rampart (written by <c>tools/Rampart.SchemaGenerator ecosystem</c>
/// from the projects' published CRDs), so that a GitOps repository's own custom resources validate without setup.
/// Read on the first lookup of a kind outside Kubernetes' own groups; each kind is compiled on first use.
/// </summary>
internal static class EcosystemSchemas
{
    public const string ResourceName = "Rampart.Schemas.ecosystem-crds.json.gz";

    private static readonly Lazy<(JsonDocument Json, Dictionary<GroupVersionKind, JsonElement> Kinds)> Set = new(Load);

    /// <summary>The kinds of the embedded set.</summary>
    public static IReadOnlyCollection<GroupVersionKind> Kinds => Set.Value.Kinds.Keys;

    public static ISchemaSource Source(SchemaCompilerOptions options) => new EcosystemSchemaSource(options);

    internal static bool TryGet(GroupVersionKind gvk, out JsonElement schema) => Set.Value.Kinds.TryGetValue(gvk, out schema);

    private static (JsonDocument, Dictionary<GroupVersionKind, JsonElement>) Load()
    {
        using var resource = typeof(EcosystemSchemas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        var json = JsonDocument.Parse(gzip, new JsonDocumentOptions { MaxDepth = 1024 });
        var kinds = new Dictionary<GroupVersionKind, JsonElement>();
        foreach (var entry in json.RootElement.GetProperty("kinds").EnumerateArray())
        {
            kinds[new GroupVersionKind(entry.GetProperty("group").GetString()!, entry.GetProperty("version").GetString()!, entry.GetProperty("kind").GetString()!)] =
                entry.GetProperty("schema");
        }

        return (json, kinds);
    }
}
