using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Generators;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Plugins;

/// <summary>
/// <c>generators</c> and <c>transformers</c>: configurations of Kustomize's built-in plugins (<c>apiVersion:
/// builtin</c>) run here through the same code as the kustomization fields they mirror. Exec, container, KRM
/// function and Go plugins, validators and Helm charts are not rendered: a kustomization that needs one fails with
/// a finding that says so, rather than rendering something other than what Kustomize would.
/// </summary>
internal static class BuiltinPlugins
{
    public static bool Generators(KustomizationFile file, ResourceMap map)
    {
        if (!Unsupported(file, "helmCharts", "helmChartInflationGenerator") || PluginConfigs.Load(file, "generators") is not { } configs)
        {
            return false;
        }

        foreach (var config in configs)
        {
            if (!IsBuiltin(file, config, out var kind))
            {
                return false;
            }

            var done = kind switch
            {
                "ConfigMapGenerator" or "SecretGenerator" => Generated.One(file, map, GeneratorEntry(config), kind[..^"Generator".Length], null, Origin(file, config, kind)),
                "IAMPolicyGenerator" => IamPolicy.Generate(file, map, config),
                _ => Fail(file, config, kind),
            };
            if (!done)
            {
                return false;
            }
        }

        return true;
    }

    public static bool Transformers(KustomizationFile file, ResourceMap map)
    {
        if (!Unsupported(file, "validators") || PluginConfigs.Load(file, "transformers") is not { } configs)
        {
            return false;
        }

        foreach (var config in configs)
        {
            if (!IsBuiltin(file, config, out var kind) || !BuiltinTransformers.Run(file, map, config, kind))
            {
                return false;
            }

            TransformerAnnotations.RecordPlugin(file, map, config, kind);

            map.Invalidate();
        }

        return true;
    }

    public static bool Fail(KustomizationFile file, KMap config, string kind) =>
        file.Fail($"plugin kind '{kind}' is not a built-in generator or transformer that is rendered; what this kustomization renders was not checked", config["kind"] ?? config);

    private static bool IsBuiltin(KustomizationFile file, KMap config, out string kind)
    {
        kind = config.Text("kind") ?? "";
        if (config.Text("apiVersion") == "builtin" && kind.Length > 0)
        {
            return true;
        }

        return file.Fail($"'{config.Text("apiVersion")}/{kind}' is an exec, container, KRM function or Go plugin, which is not rendered; what this kustomization renders was not checked", config["kind"] ?? config);
    }

    private static bool Unsupported(KustomizationFile file, params string[] fields)
    {
        foreach (var field in fields)
        {
            if (file[field] is { IsNull: false } value && !(value is KSequence { Count: 0 }))
            {
                return file.Fail($"'{field}' runs plugins, which are not rendered; what this kustomization renders was not checked", value);
            }
        }

        return true;
    }

    public static GeneratorOrigin Origin(KustomizationFile file, KMap config, string kind) =>
        new(config.Origin?.Path ?? file.Path, kind, config.Map("metadata")?.Text("name"));

    /// <summary>A generator plugin's configuration as a generator entry: its name and namespace come from its metadata.</summary>
    private static KMap GeneratorEntry(KMap config)
    {
        var entry = new KMap(config.Start, config.End, config.Origin);
        foreach (var field in config.Entries)
        {
            if (field.Name is not ("apiVersion" or "kind" or "metadata"))
            {
                entry.Add(field);
            }
        }

        if (config.Map("metadata") is { } metadata)
        {
            foreach (var name in new[] { "name", "namespace" })
            {
                if (metadata.Entry(name) is { } value)
                {
                    entry.Add(value);
                }
            }
        }

        return entry;
    }
}
