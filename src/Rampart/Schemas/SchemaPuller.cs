using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>
/// Fills the local cache with a Kubernetes release's per-group-version OpenAPI v3 documents (the engine of
/// <c>rampart schemas pull --kubernetes-version X</c>). Every document must be JSON with
/// <c>components.schemas</c>; the version's folder is replaced only when all documents arrived and the core
/// <c>v1</c> document is among them, by renaming a complete temporary folder into place.
/// </summary>
public sealed class SchemaPuller(HttpClient http, SchemaPullOptions options)
{
    public async Task<SchemaPullResult> PullAsync(string kubernetesVersion, CancellationToken cancellation = default)
    {
        var root = options.CacheRoot ?? SchemaCache.DefaultRoot();
        if (KubernetesVersions.Normalize(kubernetesVersion) is not { } version)
        {
            return new SchemaPullResult(kubernetesVersion, "", [], [], [$"'{kubernetesVersion}' is not a Kubernetes version (expected MAJOR.MINOR or MAJOR.MINOR.PATCH, such as 1.35 or 1.35.2)"]);
        }

        var target = SchemaCache.VersionDirectory(root, version);
        if (!Uri.TryCreate(options.BaseUrl.Replace("{version}", version, StringComparison.Ordinal), UriKind.Absolute, out var baseUri))
        {
            return new SchemaPullResult(version, target, [], [], [$"'{options.BaseUrl}' is not an absolute URL"]);
        }

        baseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        var staging = Path.Combine(root, $".{version}.{Guid.NewGuid():N}.partial");
        var downloaded = new List<GroupVersion>();
        var notFound = new List<GroupVersion>();
        var errors = new List<string>();
        try
        {
            var fetcher = new HttpDocumentFetcher(http, options.Fetch);
            foreach (var gv in options.GroupVersions)
            {
                var uri = new Uri(baseUri, OpenApiFileNames.For(gv, options.Layout));
                var result = await fetcher.FetchAsync(uri, cancellation).ConfigureAwait(false);
                if (result.NotFound)
                {
                    notFound.Add(gv);
                }
                else if (result.Body is not { } body)
                {
                    // The source failed after its retries: the cache will not be replaced, and asking it for
                    // every other document would only repeat the wait.
                    errors.Add(result.Error!);
                    break;
                }
                else if (Check(uri, body) is { } problem)
                {
                    errors.Add(problem);
                }
                else
                {
                    var file = Path.Combine(staging, OpenApiFileNames.For(gv, OpenApiLayout.Directory));
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    await File.WriteAllBytesAsync(file, body, cancellation).ConfigureAwait(false);
                    downloaded.Add(gv);
                }
            }

            if (errors.Count == 0 && !downloaded.Contains(new GroupVersion("", "v1")))
            {
                errors.Add($"{new Uri(baseUri, OpenApiFileNames.For(new GroupVersion("", "v1"), options.Layout))}: the core v1 document is missing; is {version} a Kubernetes release and {options.BaseUrl} the right source?");
            }

            if (errors.Count == 0)
            {
                Replace(staging, target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{target}: cannot write the cache: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return new SchemaPullResult(version, target, downloaded, notFound, errors);
    }

    /// <summary>Why a downloaded document cannot be used, or null.</summary>
    private static string? Check(Uri uri, byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 512 });
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("components", out var components)
                && components.ValueKind == JsonValueKind.Object
                && components.TryGetProperty("schemas", out var schemas)
                && schemas.ValueKind == JsonValueKind.Object
                ? null
                : $"{uri}: not an OpenAPI v3 document (no components.schemas)";
        }
        catch (JsonException e)
        {
            return $"{uri}: not valid JSON: {e.Message}";
        }
    }

    /// <summary>Moves the complete staging folder into place; the old version's folder is removed only after.</summary>
    private static void Replace(string staging, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string? old = null;
        if (Directory.Exists(target))
        {
            old = target + $".{Guid.NewGuid():N}.old";
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
