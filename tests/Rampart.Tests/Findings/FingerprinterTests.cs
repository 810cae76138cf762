using Rampart.Findings;
using Rampart.Loading;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Findings;

public sealed class FingerprinterTests
{
    private static Node Tree(string yaml) => new YamlLoader().Load("d.yaml", yaml).Single().Root!;

    private const string TwoContainers = """
        spec:
          containers:
            - name: web
              securityContext: {privileged: true}
            - name: sidecar
        """;

    private const string SidecarFirst = """
        spec:
          containers:
            - name: sidecar
            - name: web
              securityContext: {privileged: true}
        """;

    [Fact]
    public void The_line_and_the_file_of_a_resource_do_not_count()
    {
        var a = TestFindings.Make(path: "a.yaml", line: 3, resource: TestFindings.Deployment());
        var b = TestFindings.Make(path: "moved/b.yaml", line: 90, resource: TestFindings.Deployment());

        Assert.Equal(Fingerprinter.Compute(a), Fingerprinter.Compute(b));
    }

    [Fact]
    public void A_container_keeps_its_fingerprint_when_another_is_inserted_before_it()
    {
        var before = TestFindings.Make(resource: TestFindings.Deployment(), fieldPath: "spec.containers[0].securityContext.privileged");
        var after = TestFindings.Make(resource: TestFindings.Deployment(), fieldPath: "spec.containers[1].securityContext.privileged");

        Assert.Equal(TestFindings.Fingerprint(before, Tree(TwoContainers)), TestFindings.Fingerprint(after, Tree(SidecarFirst)));
    }

    [Fact]
    public void Different_containers_have_different_fingerprints()
    {
        var tree = Tree(TwoContainers);
        var web = TestFindings.Make(resource: TestFindings.Deployment(), fieldPath: "spec.containers[0]");
        var sidecar = TestFindings.Make(resource: TestFindings.Deployment(), fieldPath: "spec.containers[1]");

        Assert.NotEqual(TestFindings.Fingerprint(web, tree), TestFindings.Fingerprint(sidecar, tree));
    }

    [Theory]
    [InlineData("RMP-K8S-002", "web", "shop")]
    [InlineData("RMP-K8S-001", "api", "shop")]
    [InlineData("RMP-K8S-001", "web", "prod")]
    public void A_different_rule_or_resource_changes_the_fingerprint(string rule, string name, string ns)
    {
        var original = TestFindings.Make("RMP-K8S-001", resource: TestFindings.Deployment("web", "shop"));
        var other = TestFindings.Make(rule, resource: TestFindings.Deployment(name, ns));

        Assert.NotEqual(Fingerprinter.Compute(original), Fingerprinter.Compute(other));
    }

    [Fact]
    public void A_finding_without_a_resource_is_tied_to_its_file()
    {
        Assert.NotEqual(
            Fingerprinter.Compute(TestFindings.Make(path: "a.yaml")),
            Fingerprinter.Compute(TestFindings.Make(path: "b.yaml")));
    }

    [Fact]
    public void A_stable_field_path_is_made_a_string_by_the_given_pool()
    {
        var pool = new TextPool(mostKept: 10);
        var first = StableFieldPath.Of("spec.containers[0].securityContext.privileged", Tree(TwoContainers), pool.Of);

        var again = StableFieldPath.Of("spec.containers[1].securityContext.privileged", Tree(SidecarFirst), pool.Of);

        Assert.Equal("spec.containers[name=web].securityContext.privileged", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Stable_field_paths_follow_keys_in_large_mappings_and_stop_naming_items_past_a_missing_key()
    {
        // Thirteen keys: past the size at which a mapping is looked up through an index rather than searched.
        var filler = string.Concat(Enumerable.Range(0, 12).Select(i => $"  k{i}: {i}\n"));
        var tree = Tree("spec:\n" + filler + "  containers:\n    - name: web\n      ports:\n        - name: http\n");

        Assert.Equal("spec.containers[name=web].ports[name=http].containerPort", StableFieldPath.Of("spec.containers[0].ports[0].containerPort", tree));
        Assert.Equal("spec.other[0].ports[0]", StableFieldPath.Of("spec.other[0].ports[0]", tree));
        Assert.Equal("spec.containers[name=web].port[0]", StableFieldPath.Of("spec.containers[0].port[0]", tree));
    }

    [Fact]
    public void Stable_field_paths_name_list_items_by_their_name()
    {
        Assert.Equal(
            "spec.containers[name=web].securityContext.privileged",
            StableFieldPath.Of("spec.containers[1].securityContext.privileged", Tree(SidecarFirst)));
    }
}
