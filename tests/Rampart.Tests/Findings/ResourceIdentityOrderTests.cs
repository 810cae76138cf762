using Rampart.Findings;

namespace Rampart.Tests.Findings;

public sealed class ResourceIdentityOrderTests
{
    private static readonly ResourceRef?[] Resources =
    [
        null,
        new("v1", "Service", "env-1", "env-1-app"),
        new("v1", "Service", "env-1", "env-1-app-2"),
        new("v1", "Service", "env-10", "env-10-app"),
        new("v1", "Service", null, "app"),
        new("v1", "Service", "", "app"),
        new("apps/v1", "Deployment", "env-1", "env-1-app"),
        new("apps/v2", "Deployment", "env-1", "env-1-app"),
        new("apps/v1", "Deployment", "env-1", null),
        new("app/v1", "Deployment", "env-1", "env-1-app"),
        new("apps.example.com/v1", "Deployment", "env-1", "env-1-app"),
        new("apps/v1", "Deploy", "ment", "x"),
        new("apps/v1", "Deployment", "env", "-1"),
        new("apps/v1", "Deploy/ment", "env-1", "x"),
        new("apps/v1", "Deploy", "ment/env-1", "x"),
        new("apps/v1", "Deploy", "0", "x"),
        new("apps/v1", "Deploy.", "0", "x"),
        new("v1", "ConfigMap", "ns", "a/b"),
        new("v1", "ConfigMap", "ns", "a"),
        new("v1", "ConfigMap", "ns/a", "b"),
        new("v1", "ConfigMap", "é", "b"),
    ];

    [Fact]
    public void Identities_compare_as_their_strings_compare()
    {
        foreach (var x in Resources)
        {
            foreach (var y in Resources)
            {
                var expected = Math.Sign(string.CompareOrdinal(x?.Identity, y?.Identity));
                Assert.True(expected == Math.Sign(ResourceRef.CompareIdentity(x, y)), $"{x?.Identity} against {y?.Identity}");
            }
        }
    }

    [Fact]
    public void The_identity_is_group_kind_namespace_and_name()
    {
        Assert.Equal("apps/Deployment/env-1/web", new ResourceRef("apps/v1", "Deployment", "env-1", "web").Identity);
        Assert.Equal("/Namespace//team-a", new ResourceRef("v1", "Namespace", null, "team-a").Identity);
    }

    [Fact]
    public void Comparing_identities_makes_no_string()
    {
        var x = new ResourceRef("apps/v1", "Deployment", "env-1", "env-1-app-2");
        var y = new ResourceRef("apps/v1", "Deployment", "env-1", "env-1-app-3");
        ResourceRef.CompareIdentity(x, y);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1_000; i++)
        {
            sum += Math.Sign(ResourceRef.CompareIdentity(x, y));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(-1_000, sum);
    }
}
