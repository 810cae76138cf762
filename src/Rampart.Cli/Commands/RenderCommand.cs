using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Rendering;
using Rampart.Rendering.GitOps;
using Rampart.Rendering.Helm;
using Rampart.Rendering.Kustomize;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart render PATH</c>: prints what a kustomization folder, a chart (folder or <c>.tgz</c>) or a file of Flux
/// <c>Kustomization</c>/<c>HelmRelease</c> objects renders to, as <c>kubectl kustomize</c> or <c>helm template</c> prints it. A render that meets any problem prints nothing on standard
/// output, every problem on standard error at its file and line, and exits with 2, as both tools fail as a whole.
/// </summary>
internal static class RenderCommand
{
    private static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "A folder with a kustomization, a chart folder (with Chart.yaml), a chart archive (.tgz), a file of Flux Kustomization/HelmRelease objects, or a file of Argo CD Applications or ApplicationSets." };
        var values = new Option<string[]>("--values", "-f") { Description = "Helm: a values file (repeatable; later files win).", AllowMultipleArgumentsPerToken = false };
        var set = new Option<string[]>("--set") { Description = "Helm: a value as key=value (repeatable; over the values files)." };
        var release = new Option<string?>("--release") { Description = "Helm: the release name (default: release-name)." };
        var ns = new Option<string?>("--namespace", "-n") { Description = "Helm: the release namespace (default: default)." };
        var kubeVersion = new Option<string?>("--kube-version") { Description = "Helm: the Kubernetes version templates see in .Capabilities (default: v1.20.0, as helm template)." };
        var includeCrds = new Option<bool>("--include-crds") { Description = "Helm: print the chart's crds/ files too." };
        var root = new Option<string?>("--root") { Description = "Kustomize, Flux and Argo CD: the folder nothing is read outside of (default: the enclosing Git repository, else the current folder when PATH is in it, else PATH)." };
        var cacheDir = ChartsCommand.CacheDirOption();
        var command = new Command("render", "Print what a kustomization, a Helm chart, a Flux object or an Argo CD Application renders to, as kubectl kustomize or helm template would.");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { values, set, release, ns, kubeVersion, includeCrds, root, cacheDir })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            var helmOnly = new Option[] { values, set, release, ns, kubeVersion, includeCrds }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
            if (ArgoRenderer.Handles(target))
            {
                var file = Path.GetFullPath(target);
                return helmOnly is not null
                    ? console.Fail(ExitCodes.Usage, $"{helmOnly.Name} applies to a Helm chart, and '{target}' is an Argo CD object")
                    : ArgoRenderer.Render(console, file, parse.GetValue(root) is { } r ? Path.GetFullPath(r) : DefaultRoot(Path.GetDirectoryName(file)!), parse.GetValue(cacheDir), CancellationToken.None);
            }

            if (IsChart(target))
            {
                if (parse.GetValue(root) is not null)
                {
                    return console.Fail(ExitCodes.Usage, "--root applies to a kustomization, not to a chart");
                }

                var request = new HelmRenderRequest(target)
                {
                    ValuesFiles = [.. (parse.GetValue(values) ?? []).Select(v => (v, v))],
                    Set = parse.GetValue(set) ?? [],
                    IncludeCrds = parse.GetValue(includeCrds),
                };
                request = parse.GetValue(release) is { } name ? request with { ReleaseName = name } : request;
                request = parse.GetValue(ns) is { } space ? request with { Namespace = space } : request;
                request = parse.GetValue(kubeVersion) is { } version ? request with { KubeVersion = version } : request;
                return Helm(console, request);
            }

            var flux = File.Exists(target) && FluxObjectFile.HoldsFluxObjects(target);
            if (!flux && !IsKustomization(target))
            {
                return console.Fail(ExitCodes.Usage,
                    $"'{target}' is not something rampart renders: expected a folder with kustomization.yaml, kustomization.yml or Kustomization, a chart folder with Chart.yaml, a chart archive (.tgz), or a file of Flux Kustomization or HelmRelease objects");
            }

            if (helmOnly is not null)
            {
                return console.Fail(ExitCodes.Usage, $"{helmOnly.Name} applies to a Helm chart, and '{target}' is {(flux ? "a file of Flux objects" : "a kustomization")}");
            }

            return flux ? Flux(console, Path.GetFullPath(target), parse.GetValue(root)) : Kustomize(console, Path.GetFullPath(target), parse.GetValue(root));
        });
        return command;
    }

    private static bool IsChart(string target) =>
        Directory.Exists(target) ? File.Exists(Path.Combine(target, "Chart.yaml"))
            : File.Exists(target) && (target.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase));

    private static bool IsKustomization(string target) =>
        Directory.Exists(target) && KustomizationNames.Any(name => File.Exists(Path.Combine(target, name)));

    private static int Helm(CliConsole console, HelmRenderRequest request)
    {
        var result = HelmChartRender.Run(request);
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
            {
                console.Error.WriteLine($"rampart: {problem}");
            }

            return ExitCodes.Usage;
        }

        console.Out.Write(result.ToHelmTemplateText());
        return ExitCodes.Clean;
    }

    private static int Kustomize(CliConsole console, string directory, string? rootOption)
    {
        if (Rooted(console, directory, rootOption, out var root, out var relative) is { } exit)
        {
            return exit;
        }

        var result = KustomizeBuild.Run(root, relative);
        if (!result.Succeeded)
        {
            foreach (var finding in result.Findings)
            {
                console.Error.WriteLine($"rampart: {Shown(root, finding.Location)}: {finding.Message}");
            }

            return ExitCodes.Usage;
        }

        if (RenderedYaml.Print(result.Objects, out var failed) is not { } text)
        {
            return console.Fail(ExitCodes.Usage, $"{failed!.Source}: {failed.Resource.Kind} {failed.Resource.Name} is nested too deeply to be printed as YAML");
        }

        console.Out.Write(text);
        return ExitCodes.Clean;
    }

    /// <summary>
    /// Every Flux Kustomization and HelmRelease of the file, rendered as the scan renders them, printed one after another
    /// as <c>kubectl kustomize</c> prints objects. What was not rendered is said on standard error; a render with a
    /// problem, or with nothing rendered, prints nothing and exits with 2.
    /// </summary>
    private static int Flux(CliConsole console, string file, string? rootOption)
    {
        if (Rooted(console, file, rootOption, out var root, out var relative) is { } exit)
        {
            return exit;
        }

        var renders = FluxObjectFile.Render(root, relative, CancellationToken.None);
        foreach (var note in renders.SelectMany(r => r.NotChecked))
        {
            console.Error.WriteLine($"rampart: {note}");
        }

        var findings = renders.SelectMany(r => r.Findings).ToList();
        foreach (var finding in findings)
        {
            console.Error.WriteLine($"rampart: {Shown(root, finding.Location)}: {finding.Message}");
        }

        var objects = renders.SelectMany(r => r.Objects).ToList();
        if (findings.Count > 0 || objects.Count == 0)
        {
            return ExitCodes.Usage;
        }

        if (RenderedYaml.Print(objects, out var deep) is not { } text)
        {
            return console.Fail(ExitCodes.Usage, $"{deep!.Source}: {deep.Resource.Kind} {deep.Resource.Name} is nested too deeply to be printed as YAML");
        }

        console.Out.Write(text);
        return ExitCodes.Clean;
    }

    /// <summary>
    /// The root for <paramref name="path"/> (<c>--root</c>, else <see cref="DefaultRoot"/>) and the path relative to it;
    /// an exit code when <c>--root</c> is not a folder or the path is not inside it.
    /// </summary>
    internal static int? Rooted(CliConsole console, string path, string? rootOption, out string root, out string relative)
    {
        root = "";
        relative = "";
        if (rootOption is not null && !Directory.Exists(rootOption))
        {
            return console.Fail(ExitCodes.Usage, $"--root '{rootOption}' is not a folder");
        }

        root = rootOption is null ? DefaultRoot(Directory.Exists(path) ? path : Path.GetDirectoryName(path)!) : Path.GetFullPath(rootOption);
        relative = Path.GetRelativePath(root, path);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return console.Fail(ExitCodes.Usage, $"'{path}' is not inside the root '{root}'");
        }

        relative = relative == "." ? "" : relative.Replace(Path.DirectorySeparatorChar, '/');
        return null;
    }

    /// <summary>A finding's location as the command shows it: relative to the current folder.</summary>
    internal static string Shown(string root, SourceLocation location) =>
        (location with { Path = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, location.Path)).Replace(Path.DirectorySeparatorChar, '/') }).ToString();

    /// <summary>Prints rendered objects, or every finding at its file and line (relative to the current folder) with exit code 2.</summary>
    internal static int Print(CliConsole console, string root, IEnumerable<RenderedObject> objects, IReadOnlyCollection<Finding> findings)
    {
        if (findings.Count > 0)
        {
            foreach (var finding in findings)
            {
                console.Error.WriteLine($"rampart: {Shown(root, finding.Location)}: {finding.Message}");
            }

            return ExitCodes.Usage;
        }

        if (RenderedYaml.Print(objects, out var failed) is not { } text)
        {
            return console.Fail(ExitCodes.Usage, $"{failed!.Source}: {failed.Resource.Kind} {failed.Resource.Name} is nested too deeply to be printed as YAML");
        }

        console.Out.Write(text);
        return ExitCodes.Clean;
    }

    /// <summary>The enclosing Git repository; else the current folder when it holds the kustomization; else the kustomization's folder.</summary>
    internal static string DefaultRoot(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        var current = Path.GetFullPath(Environment.CurrentDirectory);
        var fromCurrent = Path.GetRelativePath(current, directory);
        return fromCurrent.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(fromCurrent) ? directory : current;
    }
}
