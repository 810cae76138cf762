using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class LargeObjectTests
{
    [Fact]
    public void A_config_map_with_a_large_file_in_it_is_checked_within_the_cost_limit()
    {
        // A 200 KB dashboard or nginx.conf is ordinary; the secret checks run two patterns over it.
        var value = string.Concat(Enumerable.Repeat("location /api { proxy_pass http://backend:8080; }\\n", 4000));
        var configMap = $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: \"{value}\"\n";

        var findings = PolicyRun.Analyze(PolicyAnalyzer.CreateDefault(), "cm.yaml", configMap);

        Assert.True(value.Length > 200_000);
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("RMP-POLICY-", StringComparison.Ordinal));
    }
}
