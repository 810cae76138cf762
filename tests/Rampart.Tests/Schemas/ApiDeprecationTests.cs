using Rampart.Findings;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

public sealed class ApiDeprecationTests
{
    private static string Object(string apiVersion, string kind) => $"""
        apiVersion: {apiVersion}
        kind: {kind}
        metadata:
          name: example
        """;

    /// <summary>One entry of each removal release of the migration guide, with its facts written out here.</summary>
    [Theory]
    [InlineData("extensions/v1beta1", "Deployment", "v1.16", "apps/v1")]
    [InlineData("apps/v1beta2", "StatefulSet", "v1.16", "apps/v1")]
    [InlineData("extensions/v1beta1", "NetworkPolicy", "v1.16", "networking.k8s.io/v1")]
    [InlineData("networking.k8s.io/v1beta1", "Ingress", "v1.22", "networking.k8s.io/v1")]
    [InlineData("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", "v1.22", "rbac.authorization.k8s.io/v1")]
    [InlineData("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "v1.22", "apiextensions.k8s.io/v1")]
    [InlineData("batch/v1beta1", "CronJob", "v1.25", "batch/v1")]
    [InlineData("policy/v1beta1", "PodDisruptionBudget", "v1.25", "policy/v1")]
    [InlineData("autoscaling/v2beta2", "HorizontalPodAutoscaler", "v1.26", "autoscaling/v2")]
    [InlineData("storage.k8s.io/v1beta1", "CSIStorageCapacity", "v1.27", "storage.k8s.io/v1")]
    [InlineData("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "v1.29", "flowcontrol.apiserver.k8s.io/v1")]
    [InlineData("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "v1.32", "flowcontrol.apiserver.k8s.io/v1")]
    public void Removed_api_version_is_an_error_naming_its_replacement_and_release(string apiVersion, string kind, string removedIn, string replacement)
    {
        var findings = SchemaAssert.Analyze(Object(apiVersion, kind));

        var removed = Assert.Single(findings, f => f.RuleId == SchemaRules.RemovedApi);
        Assert.Equal(Severity.High, removed.Severity);
        Assert.Contains($"removed in {removedIn}", removed.Message, StringComparison.Ordinal);
        Assert.Contains($"migrate to {replacement}", removed.Message, StringComparison.Ordinal);
        Assert.Equal(1, removed.Location.Line);
        Assert.Equal("apiVersion", removed.Location.FieldPath);
        Assert.DoesNotContain(findings, f => f.RuleId == SchemaRules.NoSchema);
    }

    [Fact]
    public void Api_version_deprecated_in_the_target_release_is_a_warning_with_the_release_that_removes_it()
    {
        var finding = SchemaAssert.Single(Object("batch/v1beta1", "CronJob"), new SchemaOptions { KubernetesVersion = "1.22" });

        Assert.Equal(SchemaRules.DeprecatedApi, finding.RuleId);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("deprecated since Kubernetes v1.21 and removed in v1.25", finding.Message, StringComparison.Ordinal);
        Assert.Contains("migrate to batch/v1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_version_before_its_deprecation_is_not_reported_as_deprecated()
    {
        var findings = SchemaAssert.Analyze(Object("batch/v1beta1", "CronJob"), new SchemaOptions { KubernetesVersion = "v1.20.4" });

        Assert.DoesNotContain(findings, f => f.RuleId is SchemaRules.DeprecatedApi or SchemaRules.RemovedApi);
    }

    [Fact]
    public void Removal_counts_from_the_target_release_not_the_newest()
    {
        var at124 = SchemaAssert.Analyze(Object("policy/v1beta1", "PodSecurityPolicy"), new SchemaOptions { KubernetesVersion = "1.24" });
        var at125 = SchemaAssert.Analyze(Object("policy/v1beta1", "PodSecurityPolicy"), new SchemaOptions { KubernetesVersion = "1.25" });

        Assert.Equal(SchemaRules.DeprecatedApi, Assert.Single(at124).RuleId);
        var removed = Assert.Single(at125);
        Assert.Equal(SchemaRules.RemovedApi, removed.RuleId);
        Assert.Contains("no replacement API version", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Served_api_version_gives_no_deprecation_finding()
    {
        var findings = SchemaAssert.Analyze(Object("apps/v1", "Deployment") + "\nspec:\n  selector: {}\n  template: {spec: {containers: [{name: a, image: b}]}}");

        Assert.DoesNotContain(findings, f => f.RuleId is SchemaRules.DeprecatedApi or SchemaRules.RemovedApi);
    }

    [Fact]
    public void Every_entry_is_deprecated_before_it_is_removed_and_never_replaced_by_itself()
    {
        Assert.All(KubernetesApiDeprecations.All, d =>
        {
            Assert.True(d.DeprecatedIn < d.RemovedIn, $"{d.ApiVersion} {d.Kind}");
            Assert.NotEqual(d.ApiVersion, d.Replacement);
        });
    }

    [Fact]
    public async Task A_version_that_is_no_release_is_a_configuration_error()
    {
        var setup = await SchemaAnalyzerFactory.CreateAsync(new SchemaOptions { KubernetesVersion = "latest" }, [], cancellation: TestContext.Current.CancellationToken);

        Assert.Contains(setup.Errors, e => e.ToString().Contains("not a Kubernetes release", StringComparison.Ordinal));
    }
}
