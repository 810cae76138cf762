using System.IO.Compression;
using System.Text.Json;
using Rampart.Schemas;
using Rampart.Testing;

namespace Rampart.Tests.Schemas;

/// <summary>The embedded schema set: derived from the models, carrying every hand-written fact, without KubernetesClient at run time.</summary>
public sealed class BuiltInSchemaSetTests
{
    [Fact]
    public void Runtime_does_not_reference_kubernetes_client()
    {
        var references = typeof(SchemaAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("KubernetesClient", references);
    }

    [Fact]
    public void Embedded_set_carries_every_required_and_enum_fact()
    {
        using var resource = typeof(SchemaAnalyzer).Assembly.GetManifestResourceStream("Rampart.Schemas.kubernetes-builtin.json.gz");
        Assert.NotNull(resource);
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        var facts = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tools", "Rampart.SchemaGenerator", "facts.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.NotEmpty(facts);

        foreach (var words in facts.Where(w => w[0] == "required"))
        {
            var required = schemas.GetProperty(words[1]).GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.All(words.Skip(2), field => Assert.Contains(field, required));
        }

        foreach (var words in facts.Where(w => w[0] == "enum"))
        {
            var (type, field) = (words[1].Split('.')[0], words[1].Split('.')[1]);
            var schema = schemas.GetProperty(type).GetProperty("properties").GetProperty(field);
            var target = schema.TryGetProperty("items", out var items) ? items : schema;
            var members = target.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(words.Skip(2).Select(w => w == "\"\"" ? "" : w), members);
        }
    }

    [Fact]
    public void Built_in_set_covers_the_workload_kinds_and_not_custom_ones()
    {
        var set = SchemaSet.BuiltIn();

        Assert.All(
            new[] { ("v1", "Pod"), ("apps/v1", "Deployment"), ("apps/v1", "StatefulSet"), ("apps/v1", "DaemonSet"), ("apps/v1", "ReplicaSet"), ("batch/v1", "Job"), ("batch/v1", "CronJob"), ("v1", "ReplicationController"), ("networking.k8s.io/v1", "Ingress"), ("apiextensions.k8s.io/v1", "CustomResourceDefinition") },
            k => Assert.True(set.Covers(k.Item1, k.Item2), $"{k.Item1} {k.Item2}"));
        Assert.False(set.Covers("example.com/v1", "Widget"));
    }
}
