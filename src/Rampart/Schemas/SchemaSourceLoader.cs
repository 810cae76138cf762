using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>
/// Reads the documents of one <c>--schemas</c> source that the scanned objects need: a directory, a base URL
/// of the same layout, or a cluster's <c>/openapi/v3</c> discovery document (its <c>paths</c> name each
/// group-version's <c>serverRelativeURL</c>). Failures become <see cref="SchemaSourceError"/>s.
/// </summary>
internal sealed class SchemaSourceLoader(SchemaOptions options, SchemaCompilerOptions compilerOptions, List<SchemaSourceError> errors)
{
    public async Task<ISchemaSource?> LoadAsync(string source, IReadOnlySet<GroupVersion> needed, CancellationToken cancellation)
    {
        if (CatalogTemplate.IsTemplate(source))
        {
            if (ConfigurationUrl(source))
            {
                errors.Add(new SchemaSourceError(source, "a schema-location template must name local files: download the catalog and pass its folder or a template of its paths"));
                return null;
            }

            return Catalog(source, CatalogTemplate.Of(source, options.KubernetesVersion));
        }

        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return await LoadUrlAsync(source, uri, needed, cancellation).ConfigureAwait(false);
        }

        return LoadDirectory(source, needed);
    }

    public ISchemaSource? LoadDirectory(string directory, IReadOnlySet<GroupVersion> needed)
    {
        if (!Directory.Exists(directory))
        {
            errors.Add(new SchemaSourceError(directory, "no such directory"));
            return null;
        }

        var files = OpenApiFileNames.Scan(directory);
        if (files.Count == 0 && IsCatalog(directory))
        {
            return Catalog(directory, CatalogTemplate.Folder(directory, options.KubernetesVersion));
        }

        if (files.Count == 0)
        {
            errors.Add(new SchemaSourceError(directory, "no OpenAPI v3 documents (api/v1.json, apis/GROUP/VERSION.json) and no JSON-Schema catalog (KIND_VERSION.json, GROUP/KIND_VERSION.json) in this directory"));
            return null;
        }

        var documents = new Dictionary<GroupVersion, SchemaDocument>();
        foreach (var (gv, file) in files.Where(f => needed.Contains(f.Key)))
        {
            var info = new FileInfo(file);
            if (info.Length > options.Fetch.MaxDocumentBytes)
            {
                errors.Add(new SchemaSourceError(file, $"larger than the limit of {options.Fetch.MaxDocumentBytes:N0} bytes"));
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new SchemaSourceError(file, e.Message));
                continue;
            }

            Add(documents, gv, file, bytes);
        }

        return new DocumentSchemaSource(directory, documents);
    }

    /// <summary>A folder of JSON Schemas one per kind: some <c>.json</c> file at its top or one level down.</summary>
    private static bool IsCatalog(string directory) =>
        Directory.EnumerateFiles(directory, "*.json").Any()
        || Directory.EnumerateDirectories(directory).Any(d => Directory.EnumerateFiles(d, "*.json").Any());

    private static bool ConfigurationUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private CatalogSchemaSource Catalog(string name, CatalogTemplate template) =>
        new(name, template, compilerOptions, options.Fetch.MaxDocumentBytes);

    private async Task<DocumentSchemaSource?> LoadUrlAsync(string source, Uri uri, IReadOnlySet<GroupVersion> needed, CancellationToken cancellation)
    {
        var http = options.Http ?? SharedHttp.Client;
        var fetcher = new HttpDocumentFetcher(http, options.Fetch);
        // A cluster's discovery document, or (when the URL is a folder the server does not list) a base URL.
        var first = await fetcher.FetchAsync(uri, cancellation).ConfigureAwait(false);
        if (!first.Succeeded && !first.ClientError)
        {
            errors.Add(new SchemaSourceError(source, first.Error!));
            return null;
        }

        var targets = first.Body is { } body && Discovery(uri, body) is { } discovered
            ? discovered
            : needed.ToDictionary(gv => gv, gv => new Uri(WithSlash(uri), OpenApiFileNames.For(gv, OpenApiLayout.Directory)));
        var documents = new Dictionary<GroupVersion, SchemaDocument>();
        foreach (var (gv, target) in targets.Where(t => needed.Contains(t.Key)))
        {
            var result = await fetcher.FetchAsync(target, cancellation).ConfigureAwait(false);
            if (result.Body is { } bytes)
            {
                Add(documents, gv, target.ToString(), bytes);
            }
            else if (!result.NotFound)
            {
                errors.Add(new SchemaSourceError(source, result.Error!));
            }
        }

        return new DocumentSchemaSource(source, documents);
    }

    /// <summary>The group-version documents a <c>/openapi/v3</c> discovery answer lists, or null when it is not one.</summary>
    internal static Dictionary<GroupVersion, Uri>? Discovery(Uri baseUri, byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("paths", out var paths)
                || paths.ValueKind != JsonValueKind.Object || json.RootElement.TryGetProperty("components", out _))
            {
                return null;
            }

            var found = new Dictionary<GroupVersion, Uri>();
            foreach (var path in paths.EnumerateObject())
            {
                if (path.Value.ValueKind == JsonValueKind.Object && path.Value.TryGetProperty("serverRelativeURL", out var relative)
                    && relative.ValueKind == JsonValueKind.String && ParsePath(path.Name) is { } gv
                    && Uri.TryCreate(baseUri, relative.GetString(), out var target))
                {
                    found[gv] = target;
                }
            }

            return found.Count > 0 ? found : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GroupVersion? ParsePath(string path) => path.Trim('/').Split('/') switch
    {
        ["api", var version] => new GroupVersion("", version),
        ["apis", var group, var version] => new GroupVersion(group, version),
        _ => null,
    };

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private void Add(Dictionary<GroupVersion, SchemaDocument> documents, GroupVersion gv, string name, byte[] bytes)
    {
        var document = SchemaDocument.TryParse(name, bytes, compilerOptions, out var error);
        if (document is null)
        {
            errors.Add(new SchemaSourceError(name, error!));
            return;
        }

        documents[gv] = document;
    }
}
