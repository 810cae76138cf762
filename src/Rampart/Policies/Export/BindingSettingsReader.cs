using Rampart.Configuration;
using Rampart.Loading;

namespace Rampart.Policies.Export;

/// <summary>
/// Reads the <c>admission</c> key of <c>rampart.yaml</c> into <see cref="BindingSettings"/>:
/// <c>admission.actions</c> (<c>default</c> and policy ids, each <c>deny</c>, <c>warn</c> or <c>audit</c>) and
/// <c>admission.exemptions</c> (<c>namespaces</c>, <c>namespaceLabels</c>, <c>objectLabels</c>). Other keys of the
/// file are the configuration loader's; an error names its file and line.
/// </summary>
public static class BindingSettingsReader
{
    private static readonly LoadLimits Limits = new() { MaxFileBytes = ConfigLoader.MaxFileBytes };

    public static BindingSettingsResult ReadFile(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Read(new YamlLoader(Limits).Load(file, stream), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BindingSettingsResult(BindingSettings.Default, [new ConfigError(file, 0, 0, e.Message)]);
        }
    }

    public static BindingSettingsResult Parse(string text, string path) => Read(new YamlLoader(Limits).Load(path, text), path);

    private static BindingSettingsResult Read(IEnumerable<LoadedDocument> documents, string path)
    {
        var reader = new ConfigReader(path);
        var loaded = documents.ToList();
        foreach (var problem in loaded.SelectMany(d => d.Problems))
        {
            reader.Errors.Add(new ConfigError(path, problem.Location.Line, problem.Location.Column, problem.Message));
        }

        var root = loaded.Select(d => d.Root).OfType<MappingNode>().FirstOrDefault();
        var admission = reader.Mapping(root?["admission"], "admission");
        if (admission is null)
        {
            return new BindingSettingsResult(BindingSettings.Default, reader.Errors);
        }

        reader.OnlyKeys(admission, "admission", "actions", "exemptions");
        var settings = BindingSettings.Default;
        if (reader.Mapping(admission["actions"], "admission.actions") is { } actions)
        {
            var byId = new Dictionary<string, AdmissionAction>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in actions.Entries)
            {
                var action = reader.Enum<AdmissionAction>(entry.Value, $"admission.actions.{entry.KeyText}");
                if (action is not { } a)
                {
                    continue;
                }

                if (string.Equals(entry.KeyText, "default", StringComparison.Ordinal))
                {
                    settings = settings with { DefaultAction = a };
                }
                else if (entry.KeyText is { } id)
                {
                    byId[id] = a;
                }
            }

            settings = settings with { Actions = byId };
        }

        if (reader.Mapping(admission["exemptions"], "admission.exemptions") is { } exemptions)
        {
            reader.OnlyKeys(exemptions, "admission.exemptions", "namespaces", "namespaceLabels", "objectLabels");
            settings = settings with
            {
                ExemptNamespaces = exemptions["namespaces"] is { } names ? reader.Strings(names, "admission.exemptions.namespaces") : settings.ExemptNamespaces,
                ExemptNamespaceLabels = Labels(reader, exemptions["namespaceLabels"], "admission.exemptions.namespaceLabels"),
                ExemptObjectLabels = Labels(reader, exemptions["objectLabels"], "admission.exemptions.objectLabels"),
            };
        }

        return new BindingSettingsResult(settings, reader.Errors);
    }

    private static Dictionary<string, string> Labels(ConfigReader reader, Node? node, string what)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in reader.Mapping(node, what)?.Entries ?? [])
        {
            if (entry.KeyText is { } key && reader.String(entry.Value, $"{what}.{key}") is { } value)
            {
                labels[key] = value;
            }
        }

        return labels;
    }
}
