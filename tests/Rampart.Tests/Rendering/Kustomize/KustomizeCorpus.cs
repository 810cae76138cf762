using Rampart.Rendering.Kustomize;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>The cases of <c>../shared/corpus/kustomize</c> (read at test time) and what a build of each gives.</summary>
internal static class KustomizeCorpus
{
    /// <summary>One row of <c>cases.tsv</c>.</summary>
    public sealed record Case(string Name, string Build, bool NoRestrictor, bool ExpectsError);

    /// <summary>The outcome of one case: equal, or the difference.</summary>
    public sealed record Outcome(Case Case, string? Difference);

    public static string? Folder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "kustomize");
            if (File.Exists(Path.Combine(candidate, "cases.tsv")))
            {
                return candidate;
            }
        }

        return null;
    }

    public static IReadOnlyList<Case> Cases(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "cases.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new Case(
            f[Column("case")], f[Column("build")], f[Column("flags")].Contains("LoadRestrictionsNone", StringComparison.Ordinal), f[Column("expect")] == "error"))];
    }

    public static Outcome Run(string folder, Case @case)
    {
        var caseFolder = Path.Combine(folder, @case.Name);
        var build = @case.Build.StartsWith("input/", StringComparison.Ordinal) ? @case.Build["input/".Length..] : @case.Build == "input" ? "" : @case.Build;
        var result = KustomizeBuild.Run(Path.Combine(caseFolder, "input"), build, KustomizeOptions.Default with { RestrictToRoot = !@case.NoRestrictor });
        if (@case.ExpectsError)
        {
            return new Outcome(@case, result.Succeeded ? $"built {result.Objects.Count} objects; kubectl kustomize fails" : null);
        }

        if (!result.Succeeded)
        {
            return new Outcome(@case, "build failed: " + result.Findings[0].Location + " " + result.Findings[0].Message);
        }

        return new Outcome(@case, RenderedComparison.Difference(result.Objects, File.ReadAllText(Path.Combine(caseFolder, "expected.yaml"))));
    }
}
