using Rampart.Configuration;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary>
/// The webhook's deployment (deploy/kubernetes) runs the findings store: <c>--store</c>, the PostgreSQL connection and
/// the admin token from mounted Secrets (never in the environment), the <c>store</c> settings in the ConfigMap, and
/// egress to PostgreSQL allowed.
/// </summary>
public sealed class DeploymentStoreSettingsTests
{
    private static readonly string Manifests = Path.Combine(RepositoryPaths.Root, "deploy", "kubernetes");

    private static string Read(string name) => File.ReadAllText(Path.Combine(Manifests, name)).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_server_serves_the_store_with_its_connection_and_admin_token_from_mounted_secrets()
    {
        var deployment = Read("deployment.yaml");

        Assert.Contains("            - --store\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            - --admin-token-file=/var/run/secrets/rampart/admin-token\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            - name: admin-token\n              mountPath: /var/run/secrets/rampart\n              readOnly: true\n", deployment, StringComparison.Ordinal);
        Assert.Contains("        - name: admin-token\n          secret:\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            secretName: rampart-admin-token\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            - name: RAMPART_DATABASE_FILE\n              value: /var/run/secrets/rampart-store/database\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            - name: store\n              mountPath: /var/run/secrets/rampart-store\n              readOnly: true\n", deployment, StringComparison.Ordinal);
        Assert.Contains("            secretName: rampart-store\n", deployment, StringComparison.Ordinal);
        Assert.DoesNotContain("secretKeyRef", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configmaps_rampart_yaml_sets_the_store_and_loads_without_errors()
    {
        var configMap = Read("configmap.yaml");
        var start = configMap.IndexOf("  rampart.yaml: |\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the ConfigMap holds rampart.yaml");
        var embedded = string.Join('\n', configMap[(start + "  rampart.yaml: |\n".Length)..].Split('\n').Select(l => l.StartsWith("    ", StringComparison.Ordinal) ? l[4..] : l));

        var loaded = ConfigLoader.Parse(embedded, "rampart.yaml");

        Assert.Empty(loaded.Errors);
        Assert.Equal("production", loaded.Config.Store.Cluster);
        Assert.Equal(new Dictionary<string, int?> { ["critical"] = 7, ["high"] = 30, ["medium"] = 90 }, loaded.Config.Store.Sla);
        Assert.Equal(365, loaded.Config.Store.RetentionDays);
    }

    [Fact]
    public void The_network_policy_lets_the_server_reach_postgresql_and_dns_only()
    {
        var policy = Read("networkpolicy.yaml");

        Assert.Contains("    - ports:\n        - port: 5432\n          protocol: TCP\n", policy, StringComparison.Ordinal);
        Assert.Contains("k8s-app: kube-dns", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("egress: []", policy, StringComparison.Ordinal);
    }
}
