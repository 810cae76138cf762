using System.Text;
using Rampart.Cli.Commands;
using Rampart.Server;
using Rampart.Store.Queries;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

/// <summary><c>rampart serve --store</c>: the webhook's decisions with findings become findings of the cluster's <c>admission</c> branch.</summary>
public sealed class AdmissionRecordingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Review(string uid, string name, string operation = "CREATE") =>
        """
        {"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"UID","kind":{"group":"","version":"v1","kind":"Pod"},
         "name":"NAME","namespace":"shop","operation":"OPERATION","userInfo":{"username":"alice","groups":["system:authenticated"]},"dryRun":false,
         "object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"NAME","namespace":"shop"},
          "spec":{"containers":[{"name":"app","image":"registry.example/app:1.2","securityContext":{"privileged":true}}]}}}}
        """.Replace("UID", uid, StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal).Replace("OPERATION", operation, StringComparison.Ordinal);

    [Fact]
    public async Task Decisions_are_stored_under_the_cluster_deduplicated_by_fingerprint_with_the_decision()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var root = Directory.CreateTempSubdirectory("rampart-admission-").FullName;
        try
        {
            await using var served = await ServeStore.OpenAsync(database.Database, StoreOptions.Default, "prod-eu", null, _ => null, Cancel);
            var (host, errors) = RampartServer.Create(new ServeOptions { Urls = ["http://127.0.0.1:0"], Root = root, EndpointGroups = [served.Endpoints], Recorder = served.Recorder });
            Assert.True(host is not null, string.Join("\n", errors));
            await using (host)
            {
                await host.StartAsync(Cancel);
                await host.Compiled;
                using var client = new HttpClient { BaseAddress = new Uri(host.Addresses[0]) };
                foreach (var (uid, name, operation) in new[] { ("u1", "web", "CREATE"), ("u2", "web", "UPDATE"), ("u3", "api", "CREATE") })
                {
                    using var content = new StringContent(Review(uid, name, operation), Encoding.UTF8, "application/json");
                    using var answer = await client.PostAsync(new Uri("/validate", UriKind.Relative), content, Cancel);
                    Assert.Contains("\"allowed\":false", await answer.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
                }
            }

            // Stopping the host drained the queue into the store.
            var stored = (await served.Store.Queries.FindingsAsync(new FindingFilter { Repository = "prod-eu", Branch = "admission", Limit = 1000 }, Cancel)).Items;
            var privileged = stored.Where(f => f.Message.Contains("privileged", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(2, privileged.Count);
            Assert.Equal(privileged.Count, privileged.Select(f => f.Fingerprint).Distinct().Count());
            Assert.All(stored, f => Assert.Equal("open", f.Status));
            Assert.Contains(privileged, f => f.StatusReason!.StartsWith("admission: denied UPDATE Pod shop/web by alice at ", StringComparison.Ordinal));
            Assert.Contains(privileged, f => f.StatusReason!.StartsWith("admission: denied CREATE Pod shop/api by alice at ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
