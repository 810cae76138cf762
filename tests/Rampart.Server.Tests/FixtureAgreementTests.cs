using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Server.Tests;

/// <summary>
/// Every fixture the built-in pack ships (its pass and fail examples) goes through the scan engine and through
/// <c>/validate</c>: each object must be reported by the same policies in both. Policies that read other objects of the
/// repository, and fixtures run with parameters, are scan-only and left out.
/// </summary>
public sealed class FixtureAgreementTests
{
    [Fact]
    public async Task Every_fixture_of_the_built_in_pack_gets_the_same_verdicts_from_scan_and_validate()
    {
        var fixtureRoot = Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Policies", "Fixtures");
        var scanOnly = BuiltInPolicies.All.Policies.Where(p => p.RepositoryParams.Count > 0).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(fixtureRoot, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "params.yaml" && !HasParams(fixtureRoot, f) && !scanOnly.Contains(PolicyOf(fixtureRoot, f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var empty = new TempFolder();
        var config = empty.Write("rampart.yaml", "version: 1\n");
        await using var server = await WebhookServer.StartAsync("admission:\n  exemptNamespaces: []\n  actions:\n    '*': deny\n");
        var disagreements = new List<string>();
        var objects = 0;
        var denied = 0;

        foreach (var file in files)
        {
            var scanned = await ScanAsync(file, config, scanOnly);
            foreach (var obj in ObjectsOf(file))
            {
                objects++;
                var expected = scanned.GetValueOrDefault(Key(obj.Resource)) ?? [];
                var response = await server.ValidateAsync(ReviewOf(obj, objects));
                var actual = Reviews.NamedPolicies(response);
                denied += response.GetProperty("allowed").GetBoolean() ? 0 : 1;
                if (!expected.SetEquals(actual) || response.GetProperty("allowed").GetBoolean() != (expected.Count == 0))
                {
                    disagreements.Add($"{Path.GetRelativePath(fixtureRoot, file)} {obj.Resource}: scan [{string.Join(", ", expected)}], validate [{string.Join(", ", actual)}]");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Count} fixtures, {objects} objects, {denied} denied");
        Assert.True(files.Count > 150, $"only {files.Count} fixtures found under {fixtureRoot}");
        Assert.True(denied > 50, $"only {denied} objects denied");
        Assert.Empty(disagreements);
    }

    private static async Task<Dictionary<string, SortedSet<string>>> ScanAsync(string file, string config, HashSet<string> scanOnly)
    {
        var settings = ScanSettings.Resolve(new ScanRequest { Path = file, ConfigPath = config, Scanners = ["policy"], FailOn = "none" });
        Assert.True(settings.Options is not null, string.Join("\n", settings.Errors));
        var outcome = await Scanner.RunAsync(settings.Options, TestContext.Current.CancellationToken);
        Assert.True(outcome.Report is not null, string.Join("\n", outcome.SetupErrors));
        return outcome.Report.Findings
            .Where(f => f.Resource is not null && f.RuleId.StartsWith("RMP-K8S-", StringComparison.Ordinal) && !scanOnly.Contains(f.RuleId))
            .GroupBy(f => Key(f.Resource!))
            .ToDictionary(g => g.Key, g => new SortedSet<string>(g.Select(f => f.RuleId), StringComparer.Ordinal));
    }

    private static List<KubernetesObject> ObjectsOf(string file)
    {
        var objects = new List<KubernetesObject>();
        foreach (var document in new YamlLoader().LoadFile(file, file))
        {
            objects.AddRange(ObjectReader.Read(document, isManifest: true).Objects);
        }

        return objects;
    }

    private static string ReviewOf(KubernetesObject obj, int serial)
    {
        var json = JsonNode.Parse(NodeJson.ToUtf8(obj.Root))!;
        var (group, version) = obj.ApiVersion.Contains('/', StringComparison.Ordinal) ? (obj.ApiVersion.Split('/')[0], obj.ApiVersion.Split('/')[1]) : ("", obj.ApiVersion);
        var request = new JsonObject
        {
            ["uid"] = $"fixture-{serial}",
            ["kind"] = new JsonObject { ["group"] = group, ["version"] = version, ["kind"] = obj.Kind },
            ["name"] = obj.Name,
            ["namespace"] = obj.Namespace,
            ["operation"] = "CREATE",
            ["userInfo"] = new JsonObject { ["username"] = "rampart", ["groups"] = new JsonArray("system:authenticated") },
            ["object"] = json,
            ["dryRun"] = false,
        };
        return new JsonObject { ["apiVersion"] = "admission.k8s.io/v1", ["kind"] = "AdmissionReview", ["request"] = request }.ToJsonString();
    }

    private static string Key(ResourceRef resource) => $"{resource.Kind}/{resource.Namespace}/{resource.Name}";

    private static string PolicyOf(string root, string file) => Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];

    private static bool HasParams(string root, string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "params.yaml")))
            {
                return true;
            }
        }

        return false;
    }
}
