using System.Text.Json;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// How Kubernetes merges the lists of its built-in kinds in a strategic merge patch: the
/// <c>x-kubernetes-patch-strategy</c> and <c>x-kubernetes-patch-merge-key</c> of each field, read from the OpenAPI v3
/// documents of Kubernetes (<c>tools/kustomize/patch-strategies.py</c> writes the embedded table).
/// </summary>
internal sealed class PatchSchema
{
    private const string ResourceName = "Rampart.Rendering.Kustomize.patch-strategies.json";
    private static readonly Lazy<PatchSchema> Loaded = new(Load);

    private readonly Dictionary<string, string> kinds;
    private readonly Dictionary<string, Dictionary<string, FieldPatch>> types;

    private PatchSchema(Dictionary<string, string> kinds, Dictionary<string, Dictionary<string, FieldPatch>> types)
    {
        this.kinds = kinds;
        this.types = types;
    }

    public static PatchSchema Instance => Loaded.Value;

    /// <summary>The type of a top-level object, or null for kinds Kubernetes does not define (custom resources).</summary>
    public string? TypeOf(string apiVersion, string kind) => kinds.GetValueOrDefault(apiVersion + "/" + kind);

    /// <summary>How the field <paramref name="name"/> of type <paramref name="type"/> merges, or null when unknown.</summary>
    public FieldPatch? Field(string? type, string name) =>
        type is not null && types.TryGetValue(type, out var fields) ? fields.GetValueOrDefault(name) : null;

    private static PatchSchema Load()
    {
        using var stream = typeof(PatchSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var document = JsonDocument.Parse(stream);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in document.RootElement.GetProperty("kinds").EnumerateObject())
        {
            kinds[kind.Name] = kind.Value.GetString()!;
        }

        var types = new Dictionary<string, Dictionary<string, FieldPatch>>(StringComparer.Ordinal);
        foreach (var type in document.RootElement.GetProperty("types").EnumerateObject())
        {
            var fields = new Dictionary<string, FieldPatch>(StringComparer.Ordinal);
            foreach (var field in type.Value.EnumerateObject())
            {
                var parts = field.Value.EnumerateArray().Select(p => p.GetString() ?? "").ToArray();
                var target = parts[0];
                var isMap = target.StartsWith('*');
                fields[field.Name] = new FieldPatch(
                    target.Length == 0 ? null : isMap ? null : target,
                    isMap ? target[1..] : null,
                    parts.Length > 1 ? parts[1] : "",
                    parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
            }

            types[type.Name] = fields;
        }

        return new PatchSchema(kinds, types);
    }
}
