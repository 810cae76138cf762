namespace Rampart.Schemas;

/// <summary>
/// File names of per-group-version OpenAPI v3 documents. <see cref="Directory"/>: <c>api/v1.json</c>,
/// <c>apis/apps/v1.json</c> (the cache, and the layout of a cluster's <c>/openapi/v3</c> paths);
/// <see cref="KubernetesRepository"/>: <c>api__v1_openapi.json</c>, <c>apis__apps__v1_openapi.json</c>
/// (kubernetes/kubernetes' <c>api/openapi-spec/v3</c>).
/// </summary>
public enum OpenApiLayout
{
    Directory,
    KubernetesRepository,
}
