using System.Text.Json;
using Rampart.Rendering.Helm;
using Rampart.Testing;

namespace Rampart.Tests.Rendering.Helm;

/// <summary>
/// Whole charts against <c>helm template</c>'s own goldens (Helm v3.21.4's and v4.2.4's command tests, ../shared/corpus/helm/helm-goldens):
/// the output must be byte for byte the golden; a golden that is an error must be a render problem. Differences are
/// listed with their reasons in <see cref="HelmKnownDifferences.Goldens"/> and docs/conformance.md.
/// </summary>
public sealed class HelmGoldenTests
{
    [Theory]
    [InlineData("helm-v3.21.4", 25)]
    [InlineData("helm-v4.2.4", 27)]
    public void Charts_render_as_helm_template_prints_them(string version, int gate)
    {
        var folder = RepositoryPaths.CorpusFolder(Path.Combine("helm", "helm-goldens", version));
        var helm4 = version.StartsWith("helm-v4", StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var failures = new List<(string Name, string Why)>();
        var total = 0;
        foreach (var c in manifest.RootElement.GetProperty("cases").EnumerateArray())
        {
            total++;
            var name = c.GetProperty("golden").GetString()!;
            var why = Run(folder, c.GetProperty("command").GetString()!, name, c.GetProperty("want_error").GetBoolean(), helm4);
            if (why is not null)
            {
                failures.Add(($"{version}/{Path.GetFileName(name)}", why));
            }
        }

        if (Environment.GetEnvironmentVariable("RAMPART_HELM_FAILURES") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump + "." + version, failures.Select(f => $"{f.Name}\t{f.Why.Replace("\n", "⏎", StringComparison.Ordinal)}"));
        }

        Assert.True(total - failures.Count >= gate, $"{total - failures.Count} of {total} goldens match, below the gate of {gate}");
        var unexplained = failures.Where(f => !HelmKnownDifferences.Goldens.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        Assert.True(unexplained.Count == 0, "differences without a stated reason: " + string.Join(", ", unexplained));
        var stale = HelmKnownDifferences.Goldens.Keys.Where(k => k.StartsWith(version + "/", StringComparison.Ordinal) && failures.All(f => f.Name != k)).ToList();
        Assert.True(stale.Count == 0, "listed as differing but now equal (remove them from the list and docs/conformance.md): " + string.Join(", ", stale));
    }

    /// <summary>The time Helm's test harness gives its releases (manifest.json: 1977-09-02 22:04:05 UTC).</summary>
    private static readonly DateTimeOffset HarnessClock = DateTimeOffset.FromUnixTimeSeconds(242085845);

    private static string? Run(string folder, string command, string golden, bool wantError, bool helm4)
    {
        var parsed = HelmGoldenCommand.Parse(command, folder);
        if (parsed.Request is null)
        {
            return wantError && parsed.Unsupported == "no chart given" ? null : parsed.Unsupported;
        }

        var result = HelmChartRender.Run(parsed.Request with { Helm4 = helm4 });
        if (wantError)
        {
            return result.Problems.Count > 0 ? null : "rendered without a problem where Helm fails";
        }

        if (result.Problems.Count > 0)
        {
            return "problems: " + string.Join("; ", result.Problems);
        }

        var manifests = result.Manifests.Where(m => !(parsed.SkipTests && m.IsTestHook)).ToList();
        var text = parsed.InstallDryRun ? HelmInstallDryRun.Print(manifests, parsed.Request.ReleaseName, parsed.Request.Namespace, HarnessClock, parsed.HideSecret, helm4)
            : parsed.ShowOnly.Count == 0 ? HelmRenderResult.Print(manifests, helm4)
            : ShowOnly(manifests, parsed.ShowOnly, helm4);
        var expected = File.ReadAllText(Path.Combine(folder, golden)).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text != expected && Environment.GetEnvironmentVariable("RAMPART_HELM_FAILURES") is { Length: > 0 } dump)
        {
            File.WriteAllText($"{dump}.{Path.GetFileName(folder)}.{Path.GetFileName(golden)}", text);
        }

        return text == expected ? null : $"output differs: got {Cut(text)}";
    }

    private static string ShowOnly(List<RenderedManifest> manifests, IReadOnlyList<string> patterns, bool helm4) =>
        HelmRenderResult.PrintShowOnly(manifests, patterns.Select(p => (Func<RenderedManifest, bool>)(m => Glob(p, m.TemplateName[(m.TemplateName.IndexOf('/', StringComparison.Ordinal) + 1)..]))), helm4);

    private static bool Glob(string pattern, string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(path, "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string Cut(string s) => s.Length > 1500 ? s[..1500] + "..." : s;
}
