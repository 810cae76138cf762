namespace Rampart.Schemas;

/// <summary>Where <see cref="SchemaPuller"/> downloads from and what it keeps.</summary>
public sealed record SchemaPullOptions
{
    /// <summary>Kubernetes' own documents for a release tag.</summary>
    public const string DefaultBaseUrl = "https://raw.githubusercontent.com/kubernetes/kubernetes/v{version}/api/openapi-spec/v3/";

    /// <summary>The folder URL of the documents; <c>{version}</c> becomes the release (<c>1.35.0</c>).</summary>
    public string BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>How the documents are named under <see cref="BaseUrl"/>.</summary>
    public OpenApiLayout Layout { get; init; } = OpenApiLayout.KubernetesRepository;

    public IReadOnlyList<GroupVersion> GroupVersions { get; init; } = KubernetesApiGroupVersions.All;

    /// <summary>Where versions are cached; <see cref="SchemaCache.DefaultRoot"/> when null.</summary>
    public string? CacheRoot { get; init; }

    public FetchLimits Fetch { get; init; } = FetchLimits.Default;
}
