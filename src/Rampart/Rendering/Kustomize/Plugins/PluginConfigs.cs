using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Plugins;

/// <summary>
/// Reads the plugin configurations a kustomization lists under <c>generators</c> or <c>transformers</c>, as
/// Kustomize does: an entry that parses as YAML objects is inline configuration; any other entry is a path, to a
/// file of configurations or to a kustomization whose output is the configurations.
/// </summary>
internal static class PluginConfigs
{
    public static List<KMap>? Load(KustomizationFile file, string field)
    {
        if (file.Strings(field) is not { } entries)
        {
            return null;
        }

        var configs = new List<KMap>();
        foreach (var (value, at) in entries)
        {
            if (value.Contains('\n', StringComparison.Ordinal) || value.TrimStart().StartsWith('{'))
            {
                if (Inline(file, value, at) is not { } documents)
                {
                    return null;
                }

                configs.AddRange(documents);
                continue;
            }

            if (!FromPath(file, value, at, configs))
            {
                return null;
            }
        }

        return configs;
    }

    private static List<KMap>? Inline(KustomizationFile file, string text, KNode at)
    {
        if (Patching.InlineYaml.Documents(file, text, at) is not { } documents)
        {
            return null;
        }

        var maps = new List<KMap>();
        foreach (var document in documents)
        {
            if (document is not KMap map)
            {
                file.Fail("a plugin configuration must be a mapping", document);
                return null;
            }

            maps.Add(map);
        }

        return maps;
    }

    private static bool FromPath(KustomizationFile file, string value, KNode at, List<KMap> into)
    {
        var context = file.Context;
        if (SourceFiles.Resolve(context, file.Directory, value, at, file.Path) is not { } path)
        {
            return false;
        }

        switch (context.Files.Kind(path))
        {
            case EntryKind.File:
                if (SourceFiles.ReadText(context, file.Directory, value, at, file.Path, out var full) is not { } text
                    || ResourceReader.Documents(context, full, text) is not { } documents)
                {
                    return false;
                }

                foreach (var document in documents)
                {
                    if (document is not KMap map)
                    {
                        return file.Fail("a plugin configuration must be a mapping", document);
                    }

                    into.Add(map);
                }

                return true;
            case EntryKind.Directory:
                if (KustTarget.Build(context, path, at, file.Path, null, component: false, out _) is not { } built)
                {
                    return false;
                }

                into.AddRange(built.Resources.Select(r => r.Root));
                return true;
            case EntryKind.Outside:
                return context.Fail($"'{value}' leads outside the repository (a symbolic link out of it); nothing outside it is read", at, file.Path, KustomizeRules.OutsideRoot);
            default:
                return context.Fail($"'{value}' does not exist (neither a file nor a folder with a kustomization)", at, file.Path, KustomizeRules.MissingFile);
        }
    }
}
