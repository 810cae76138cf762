using System.Text;
using System.Text.Json;
using Rampart.Schemas;
using Rampart.Testing;

namespace Rampart.Tests.Schemas;

public sealed class SchemaSourceTests
{
    private const string BadDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: "3"
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: web
                  image: nginx
        """;

    [Fact]
    public void Directory_of_openapi_documents_validates_built_in_kinds()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");

        var finding = SchemaAssert.Single(BadDeployment, new SchemaOptions { Sources = [corpus], UseBuiltIn = false });

        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("spec.replicas", finding.Location.FieldPath);
        Assert.Equal(6, finding.Location.Line);
    }

    [Fact]
    public void Base_url_in_the_directory_layout_serves_the_documents_the_objects_need()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = LocalHttpServer.ForFolder(corpus);

        var finding = SchemaAssert.Single(BadDeployment, new SchemaOptions { Sources = [server.BaseUrl], UseBuiltIn = false });

        Assert.Equal("spec.replicas", finding.Location.FieldPath);
        Assert.Equal(2, server.Requests); // the base URL itself, then apps/v1 only
    }

    [Fact]
    public void Base_url_whose_folder_is_refused_still_serves_its_documents()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        using var server = new LocalHttpServer(path => path == "/specs/"
            ? (400, "400: Invalid request"u8.ToArray(), TimeSpan.Zero)
            : File.Exists(Path.Combine(corpus, path["/specs/".Length..])) ? (200, File.ReadAllBytes(Path.Combine(corpus, path["/specs/".Length..])), TimeSpan.Zero) : (404, [], TimeSpan.Zero));

        var finding = SchemaAssert.Single(BadDeployment, new SchemaOptions { Sources = [server.BaseUrl + "specs/"], UseBuiltIn = false });

        Assert.Equal("spec.replicas", finding.Location.FieldPath);
    }

    [Fact]
    public void Cluster_discovery_document_points_at_each_group_version()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");
        var paths = OpenApiFileNames.Scan(corpus).Keys.ToDictionary(
            gv => gv.DiscoveryPath,
            gv => new { serverRelativeURL = $"/openapi/v3/{gv.DiscoveryPath}?hash=0123" });
        var discovery = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { paths }));
        using var server = new LocalHttpServer(path =>
        {
            if (path == "/openapi/v3")
            {
                return (200, discovery, TimeSpan.Zero);
            }

            var relative = path.StartsWith("/openapi/v3/", StringComparison.Ordinal) ? path["/openapi/v3/".Length..].Split('?')[0] + ".json" : "";
            var file = Path.Combine(corpus, relative);
            return File.Exists(file) ? (200, File.ReadAllBytes(file), TimeSpan.Zero) : (404, [], TimeSpan.Zero);
        });

        var finding = SchemaAssert.Single(BadDeployment, new SchemaOptions { Sources = [server.BaseUrl + "openapi/v3"], UseBuiltIn = false });

        Assert.Equal("spec.replicas", finding.Location.FieldPath);
    }

    [Fact]
    public async Task Unreachable_source_is_an_error_naming_it()
    {
        using var server = new LocalHttpServer(_ => (500, [], TimeSpan.Zero));
        var objects = TestObjects.FromYaml(BadDeployment);
        var options = new SchemaOptions { Sources = [server.BaseUrl, "/no/such/folder"], Fetch = new FetchLimits { Attempts = 2, RetryDelay = TimeSpan.FromMilliseconds(5) } };

        var setup = await SchemaAnalyzerFactory.CreateAsync(options, objects, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(2, setup.Errors.Count);
        Assert.Contains(server.BaseUrl, setup.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 500", setup.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("/no/such/folder", setup.Errors[1].Source);
    }

    [Fact]
    public void Kind_missing_from_a_group_version_document_is_unknown()
    {
        var corpus = RepositoryPaths.CorpusFolder("k8s/schemas/openapi-v3/1.35");

        var finding = SchemaAssert.Single("""
            apiVersion: apps/v1
            kind: Deploymnet
            metadata:
              name: web
            """, new SchemaOptions { Sources = [corpus], UseBuiltIn = false });

        Assert.Equal(SchemaRules.UnknownKind, finding.RuleId);
    }
}
