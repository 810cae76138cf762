using Rampart.Cel.Values;
using Rampart.Policies.Cel;

namespace Rampart.Tests.Policies;

/// <summary>How a YAML mapping reads as a CEL map: what has() finds, what a comprehension walks, and what either costs.</summary>
public sealed class NodeMapTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
            tier: front
            empty:
          annotations:
            example.com/owner: team-a
        spec:
          replicas: 2
        """;

    [Fact]
    public void Has_finds_present_fields_and_escaped_names_but_not_null_ones()
    {
        var metadata = Metadata();
        var labels = (CelMap)Read(metadata, "labels");

        Assert.True(labels.ContainsKey(CelString.Of("tier")));
        Assert.False(labels.ContainsKey(CelString.Of("empty")));
        Assert.False(labels.ContainsKey(CelString.Of("missing")));
        Assert.False(labels.ContainsKey(CelInt.Of(1)));
        Assert.True(((CelMap)Read(metadata, "annotations")).ContainsKey(CelString.Of("example__dot__com/owner")));
    }

    [Fact]
    public void Has_on_a_field_allocates_nothing()
    {
        var root = Root();
        var warm = new NodeMap(root.Mapping);
        Assert.True(warm.ContainsKey(CelString.Of("spec")));
        var fresh = new NodeMap(root.Mapping);
        var spec = CelString.Of("spec");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = fresh.ContainsKey(spec);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(found);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Keys_are_the_present_entries_in_order_made_once()
    {
        var labels = (CelMap)Read(Metadata(), "labels");

        var keys = labels.Keys;

        Assert.Equal(["app", "tier"], keys.Select(k => ((CelString)k).Value));
        Assert.Equal(2, labels.Count);
        Assert.Same(keys, labels.Keys);
    }

    private static NodeMap Root() => new(TestObjects.Read("deploy.yaml", Deployment).Single().Root);

    private static CelMap Metadata() => (CelMap)Read(Root(), "metadata");

    private static CelValue Read(CelMap map, string field) =>
        map.TryGetValue(CelString.Of(field), out var value) ? value : throw new InvalidOperationException($"no {field}");
}
