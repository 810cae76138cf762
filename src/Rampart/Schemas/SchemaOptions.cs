namespace Rampart.Schemas;

/// <summary>What the schema analyzer validates against.</summary>
public sealed record SchemaOptions
{
    /// <summary>
    /// <c>--schemas DIR|URL</c>, highest precedence first: directories in Kubernetes' <c>api/openapi-spec/v3</c>
    /// layout (<c>api/v1.json</c>, <c>apis/apps/v1.json</c>, or the repository's <c>apis__apps__v1_openapi.json</c>
    /// names), base URLs of the same layout, or a cluster's <c>/openapi/v3</c> discovery URL.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// The target Kubernetes release (<c>--kubernetes-version</c>, <c>kubernetesVersion</c> in <c>rampart.yaml</c>): API
    /// versions it no longer serves are errors, deprecated ones warnings, and the documents <see cref="SchemaPuller"/>
    /// cached for it are used when present. <see cref="KubernetesApiDeprecations.Newest"/> when null.
    /// </summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>The release of <see cref="KubernetesVersion"/> (major and minor), the newest built in when it is unset or unreadable.</summary>
    public Version TargetRelease =>
        KubernetesVersion is { } text && KubernetesApiDeprecations.ParseRelease(text) is { } release ? release : KubernetesApiDeprecations.Newest;

    /// <summary>Where pulled documents are cached; <see cref="SchemaCache.DefaultRoot"/> when null.</summary>
    public string? CacheRoot { get; init; }

    /// <summary>Fall back to the embedded schemas of built-in kinds (on by default; works offline).</summary>
    public bool UseBuiltIn { get; init; } = true;

    /// <summary>Report fields a schema does not declare (as <c>kubectl --validate=strict</c>).</summary>
    public bool Strict { get; init; } = true;

    public FetchLimits Fetch { get; init; } = FetchLimits.Default;

    /// <summary>Used for URL sources; a client of Rampart's own is created when null.</summary>
    public HttpClient? Http { get; init; }
}
