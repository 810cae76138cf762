using Rampart.Globbing;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.Argo;

/// <summary>
/// The applications an Argo CD <c>ApplicationSet</c> generates: one per element of a <c>list</c> generator and one per
/// folder of this repository a <c>git</c> directories generator matches (<c>path</c> globs where <c>*</c> stays within
/// a folder, <c>exclude: true</c> entries taken out; folders whose name starts with '.' are never matched). Other
/// generators (clusters, git files, matrix, merge, SCM and pull request providers, plugins) are not run and are said so.
/// </summary>
internal static class ArgoApplicationSet
{
    private static readonly GlobSyntax FolderGlob = new() { Brackets = GlobBrackets.Fnmatch, Escapes = true };

    public static ArgoGenerated Generate(KubernetesObject item, RenderInputs inputs)
    {
        var name = item.Namespace is null ? item.Name : item.Namespace + "/" + item.Name;
        var applications = new List<ArgoApplication>();
        var problems = new List<(int, string)>();
        var notChecked = new List<string>();
        var spec = item.Root["spec"] as MappingNode;
        if (spec?["template"] is not MappingNode template || template["spec"] is not MappingNode)
        {
            problems.Add((item.Root.Start.Line, $"ApplicationSet {name} has no spec.template.spec"));
            return new ArgoGenerated(applications, problems, notChecked);
        }

        var filler = ArgoTemplate.Of(spec);
        foreach (var generator in ArgoFields.Items(spec, "generators").OfType<MappingNode>())
        {
            foreach (var parameters in Parameters(generator, item.Path, inputs, name, notChecked))
            {
                var filled = filler.Fill(template, parameters, out var error);
                if (error is { } e)
                {
                    problems.Add((e.Line, $"ApplicationSet {name}: the template does not execute: {e.Message}"));
                    continue;
                }

                var metadata = filled["metadata"] as MappingNode;
                if (ArgoFields.Text(metadata, "name") is not { Length: > 0 } appName)
                {
                    problems.Add((template.Start.Line, $"ApplicationSet {name}: the template gives an application no name"));
                    continue;
                }

                var appNamespace = ArgoFields.Text(metadata, "namespace") ?? item.Namespace;
                applications.Add(new ArgoApplication(item.Path, item.Root.Start.Line, appName, appNamespace, (MappingNode)filled["spec"]!) { Generated = true });
            }
        }

        return new ArgoGenerated(applications, problems, notChecked);
    }

    private static List<ArgoParameters> Parameters(MappingNode generator, string file, RenderInputs inputs, string? owner, List<string> notChecked)
    {
        var kinds = generator.Entries.Select(e => e.KeyText).Where(k => k is not null && k != "selector" && k != "template").ToList();
        if (generator["list"] is MappingNode list)
        {
            if (list["elementsYaml"] is not null)
            {
                notChecked.Add($"ApplicationSet {owner} ({file}): the list generator's elementsYaml is not read");
            }

            return [.. ArgoFields.Items(list, "elements").OfType<MappingNode>().Select(e => ArgoParameters.OfElement(e, file))];
        }

        if (generator["git"] is MappingNode git && git["directories"] is SequenceNode)
        {
            return [.. Folders(git, inputs).Select(ArgoParameters.OfFolder)];
        }

        var what = generator["git"] is MappingNode ? "git files" : string.Join(", ", kinds);
        notChecked.Add($"ApplicationSet {owner} ({file}): the {what} generator is not run, so the applications it makes were not rendered");
        return [];
    }

    /// <summary>The repository's folders the <c>directories</c> entries match, in order.</summary>
    private static List<string> Folders(MappingNode git, RenderInputs inputs)
    {
        var include = new List<GlobMatcher>();
        var exclude = new List<GlobMatcher>();
        foreach (var entry in ArgoFields.Items(git, "directories").OfType<MappingNode>())
        {
            if (ArgoFields.Text(entry, "path") is { Length: > 0 } path)
            {
                (ArgoFields.Flag(entry, "exclude") ? exclude : include).Add(GlobMatcher.Compile(path.Trim('/'), FolderGlob));
            }
        }

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in inputs.Discovered)
        {
            for (var slash = file.RelativePath.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.RelativePath.IndexOf('/', slash + 1))
            {
                folders.Add(file.RelativePath[..slash]);
            }
        }

        return [.. folders.Where(f => !f.Split('/').Any(s => s.StartsWith('.')) && include.Any(m => m.IsMatch(f)) && !exclude.Any(m => m.IsMatch(f)))];
    }
}
