using System.IO.Compression;

namespace Rampart.Schemas;

/// <summary>
/// The schema set embedded in Rampart: every built-in kind of Kubernetes (as KubernetesClient's models
/// describe it, plus the hand-written facts of <c>tools/Rampart.SchemaGenerator/facts.txt</c>). Loaded on first use.
/// </summary>
internal static class BuiltInSchemas
{
    public const string ResourceName = "Rampart.Schemas.kubernetes-builtin.json.gz";
    public const string ObjectMetaName = "V1ObjectMeta";

    private static readonly Lazy<SchemaDocument> Strict = new(() => Load(strict: true));
    private static readonly Lazy<SchemaDocument> Lenient = new(() => Load(strict: false));

    public static SchemaDocument Document(bool strict) => strict ? Strict.Value : Lenient.Value;

    /// <summary>Whether <paramref name="group"/> is one of Kubernetes' own API groups (or <c>extensions</c>, which it retired).</summary>
    public static bool IsKubernetesGroup(string group) =>
        group == "extensions" || Document(strict: true).GroupVersions.Any(gv => gv.Group == group);

    /// <summary>The API versions of the built-in set that serve <paramref name="kind"/> in Kubernetes' own groups.</summary>
    public static IReadOnlyList<string> ServedVersionsOf(string kind) =>
        [.. Document(strict: true).Kinds.Where(k => k.Kind == kind).Select(k => k.ApiVersion).Order(StringComparer.Ordinal)];

    /// <summary>Reads the embedded set afresh (the benchmarks measure this start-up cost).</summary>
    internal static SchemaDocument Load(bool strict)
    {
        using var resource = typeof(BuiltInSchemas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return SchemaDocument.TryParse("built-in", bytes.GetBuffer().AsMemory(0, (int)bytes.Length), new SchemaCompilerOptions { Strict = strict }, out var error)
            ?? throw new InvalidOperationException($"embedded schema set is broken: {error}");
    }
}
