using System.Collections.Concurrent;
using Rampart.Policies;
using Rampart.Testing;

namespace Rampart.Tests.Policies;

/// <summary>
/// Every built-in policy against its own fixtures: a fail fixture must give the policy's findings exactly on the
/// lines marked <c># finding</c>, a pass fixture none; neither may make the policy fail to evaluate.
/// </summary>
public sealed class PolicyFixtureTests
{
    private const string Marker = "# finding";

    /// <summary>A fixture folder holding this file runs its fixtures with these parameters (what <c>params.&lt;id&gt;</c> of rampart.yaml would hold).</summary>
    private const string ParamsFile = "params.yaml";
    private static readonly ConcurrentDictionary<string, PolicyAnalyzer> Analyzers = new(StringComparer.Ordinal);

    public static string FixtureRoot => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Policies", "Fixtures");

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var policy in BuiltInPolicies.All.Policies.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            foreach (var file in FixtureFiles(policy.Id))
            {
                data.Add(policy.Id, Path.GetRelativePath(FixtureRoot, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    public static IEnumerable<string> FixtureFiles(string policyId)
    {
        var folder = Path.Combine(FixtureRoot, policyId);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ParamsFile).Order(StringComparer.Ordinal)
            : [];
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Policy_reports_exactly_the_marked_lines_of_its_fixture(string policyId, string fixture)
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == policyId);
        var analyzer = ParamsOf(fixture) is { } paramsFile
            ? PolicyRun.WithParameters(policy, File.ReadAllText(paramsFile))
            : Analyzers.GetOrAdd(policyId, _ => PolicyRun.Only(policy));
        Assert.Empty(analyzer.Problems.Select(p => $"{p.Location}: {p.Message}"));
        var text = File.ReadAllText(Path.Combine(FixtureRoot, fixture));

        var findings = PolicyRun.Analyze(analyzer, fixture, text);

        Assert.Empty(findings.Where(f => f.RuleId != policyId).Select(f => $"{f.RuleId} {f.Location}: {f.Message}"));
        var expected = MarkedLines(text);
        Assert.Equal(fixture.Contains("/fail/", StringComparison.Ordinal), expected.Count > 0);
        Assert.Equal(expected, findings.Select(f => f.Location.Line).Order().ToList());
    }

    [Fact]
    public void Every_policy_has_passing_and_failing_fixtures()
    {
        foreach (var policy in BuiltInPolicies.All.Policies)
        {
            var files = FixtureFiles(policy.Id).Select(f => f.Replace('\\', '/')).ToList();
            Assert.True(files.Any(f => f.Contains("/pass/", StringComparison.Ordinal)), $"{policy.Id} has no passing fixture");
            Assert.True(files.Any(f => f.Contains("/fail/", StringComparison.Ordinal)), $"{policy.Id} has no failing fixture");
        }
    }

    /// <summary>The nearest <see cref="ParamsFile"/> above <paramref name="fixture"/>, inside its policy's folder.</summary>
    private static string? ParamsOf(string fixture)
    {
        var policyFolder = Path.Combine(FixtureRoot, fixture.Split('/')[0]);
        for (var folder = Path.GetDirectoryName(Path.Combine(FixtureRoot, fixture)); folder is not null && folder.Length >= policyFolder.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, ParamsFile)))
            {
                return Path.Combine(folder, ParamsFile);
            }
        }

        return null;
    }

    public static List<int> MarkedLines(string text) =>
        [.. text.Split('\n').Select((line, i) => (line, i)).Where(x => x.line.TrimEnd().EndsWith(Marker, StringComparison.Ordinal)).Select(x => x.i + 1)];
}
