using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Tests.Loading;

namespace Rampart.Tests.Kubernetes;

public sealed class ObjectReaderTests
{
    private static ObjectReadResult Read(string yaml, bool isManifest = true)
    {
        var objects = new List<KubernetesObject>();
        var problems = new List<Rampart.Findings.Finding>();
        foreach (var document in Loaded.Documents(yaml))
        {
            ObjectReader.Read(document, isManifest, objects, problems);
        }

        return new ObjectReadResult(objects, problems);
    }

    [Fact]
    public void An_object_is_read_with_its_identity_and_tree()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            """;
        var read = Read(yaml);

        var obj = Assert.Single(read.Objects);
        Assert.Empty(read.Problems);
        Assert.Equal(("apps/v1", "Deployment", "shop", "web"), (obj.ApiVersion, obj.Kind, obj.Namespace, obj.Name));
        Assert.Equal(Loaded.Path, obj.Path);
        Assert.Equal(new Mark(1, 1), obj.Root.Start);
    }

    [Fact]
    public void Generate_name_is_used_when_there_is_no_name()
    {
        var obj = Assert.Single(Read("apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n").Objects);

        Assert.Equal("migrate-", obj.Name);
        Assert.Null(obj.Namespace);
    }

    [Fact]
    public void Every_document_of_a_file_gives_its_objects_with_its_index()
    {
        var read = Read("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");

        Assert.Equal([("Service", 0), ("ConfigMap", 1)], read.Objects.Select(o => (o.Kind, o.DocumentIndex)));
    }

    [Fact]
    public void List_items_become_objects_of_their_own()
    {
        const string yaml = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Service
                metadata: {name: a}
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: b}
            """;
        var read = Read(yaml);

        Assert.Equal(["Service/a", "ConfigMap/b"], read.Objects.Select(o => $"{o.Kind}/{o.Name}"));
        Assert.Equal(new Mark(7, 5), read.Objects[1].Root.Start);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Typed_lists_and_json_lists_are_flattened()
    {
        var read = Read("{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"}}]}");

        Assert.Equal("Pod", Assert.Single(read.Objects).Kind);
    }

    [Fact]
    public void A_kind_ending_in_list_without_items_is_an_object()
    {
        var obj = Assert.Single(Read("apiVersion: example.com/v1\nkind: AllowList\nmetadata: {name: x}\nspec: {}\n").Objects);

        Assert.Equal("AllowList", obj.Kind);
    }

    [Fact]
    public void A_list_item_that_is_no_object_is_reported_where_it_stands()
    {
        var read = Read("apiVersion: v1\nkind: List\nitems:\n  - just text\n  - kind: Pod\n", isManifest: false);

        Assert.Empty(read.Objects);
        Assert.Equal([(4, 5), (5, 5)], read.Problems.Select(p => p.At()));
        Assert.Equal("item 0 of the List is a single value, not a Kubernetes object (a mapping with apiVersion and kind)", read.Problems[0].Message);
        Assert.Equal("item 1 of the List has no apiVersion, so it is not a Kubernetes object", read.Problems[1].Message);
    }

    [Theory]
    [InlineData("just text\n", 1, 1, "the document is a single value")]
    [InlineData("- a\n- b\n", 1, 1, "the document is a sequence")]
    [InlineData("metadata: {name: x}\nkind: Pod\n", 1, 1, "the document has no apiVersion")]
    [InlineData("apiVersion: v1\nmetadata: {}\n", 1, 1, "the document has no kind")]
    [InlineData("apiVersion: v1\nkind: 5\n", 2, 7, "the document has a kind that is not a non-empty string")]
    [InlineData("key: value\n", 1, 1, "the document has no apiVersion and no kind, so it is not a Kubernetes object")]
    [InlineData("apiVersion: [v1]\nkind:\n", 1, 13, "the document has an apiVersion that is not")]
    public void A_manifest_document_that_is_no_object_is_a_finding(string yaml, int line, int column, string message)
    {
        var read = Read(yaml);

        Assert.Empty(read.Objects);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(LoadRules.NotAnObject.Id, problem.RuleId);
        Assert.Equal((line, column), problem.At());
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("just text\n")]
    [InlineData("replicaCount: 3\nimage: {tag: latest}\n")]
    public void Other_yaml_files_give_no_finding(string yaml)
    {
        var read = Read(yaml, isManifest: false);

        Assert.Empty(read.Objects);
        Assert.Empty(read.Problems);
    }

    [Theory]
    [InlineData("# only a comment\n")]
    [InlineData("---\n---\n")]
    [InlineData("~\n")]
    public void Empty_and_comment_only_documents_give_nothing_even_in_manifests(string yaml)
    {
        var read = Read(yaml);

        Assert.Empty(read.Objects);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void A_document_that_failed_to_load_gives_no_further_finding()
    {
        var document = Assert.Single(Loaded.Documents("kind: [\n"));

        var read = ObjectReader.Read(document, isManifest: true);

        Assert.Single(document.Problems);
        Assert.Empty(read.Objects);
        Assert.Empty(read.Problems);
    }
}
