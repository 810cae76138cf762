using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// A kustomization file as read: its fields checked against those Kustomize knows (an unknown field fails the
/// build, as Kustomize decodes strictly), with typed readers that fail at the field's line on a wrong type.
/// </summary>
internal sealed class KustomizationFile(BuildContext context, string directory, string path, KMap root)
{
    public static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    private static readonly HashSet<string> KnownFields =
    [
        "apiVersion", "kind", "metadata", "openapi", "namePrefix", "nameSuffix", "namespace", "commonLabels", "labels",
        "commonAnnotations", "patchesStrategicMerge", "patchesJson6902", "patches", "images", "imageTags", "replacements",
        "replicas", "vars", "sortOptions", "resources", "components", "crds", "bases", "configMapGenerator",
        "secretGenerator", "helmGlobals", "helmCharts", "helmChartInflationGenerator", "generatorOptions",
        "configurations", "generators", "transformers", "validators", "buildMetadata",
    ];

    public BuildContext Context { get; } = context;
    public string Directory { get; } = directory;
    public string Path { get; } = path;
    public KMap Root { get; } = root;
    public bool IsComponent => Root.Text("kind") == "Component";

    /// <summary>Finds and reads the kustomization of <paramref name="directory"/>; null after a failure.</summary>
    public static KustomizationFile? Load(BuildContext context, string directory, KNode? at, string referrer)
    {
        string? found = null;
        foreach (var name in FileNames)
        {
            var candidate = KustomizePaths.Join(directory, name)!;
            if (context.Files.Kind(candidate) != EntryKind.File)
            {
                continue;
            }

            if (found is not null)
            {
                context.Fail($"found more than one kustomization file in '{KustomizePaths.Show(directory)}'", candidate, new Mark(1, 1));
                return null;
            }

            found = candidate;
        }

        if (found is null)
        {
            context.Fail($"unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{KustomizePaths.Show(directory)}'", at, referrer, KustomizeRules.MissingFile);
            return null;
        }

        var bytes = context.Files.ReadFile(found, out var error);
        var text = bytes is null ? null : SourceFiles.Text(bytes);
        if (text is null)
        {
            context.Fail($"the kustomization cannot be read: {error ?? "it is not valid UTF-8 text"}", found, new Mark(1, 1));
            return null;
        }

        // The scan may have read this very file to find its kustomization roots, with the loader a build uses.
        var documents = context.Bases?.TakeLoaded(found, bytes!, context.Options.LoadLimits) is { } loaded
            ? ResourceReader.Documents(context, found, loaded, repeatedKeys: true)
            : ResourceReader.Documents(context, found, text, repeatedKeys: true);
        if (documents is null)
        {
            return null;
        }

        if (documents.Count == 0)
        {
            context.Fail("kustomization.yaml is empty", found, new Mark(1, 1));
            return null;
        }

        if (documents.Count > 1 || documents[0] is not KMap root)
        {
            context.Fail("a kustomization must be a single mapping", documents[0], found);
            return null;
        }

        var file = new KustomizationFile(context, directory, found, CanonicalNames(root));
        return file.Check() ? file : null;
    }

    /// <summary>
    /// Field names as Kustomize's decoder reads them, which matches names regardless of case (<c>nameprefix</c> is
    /// <c>namePrefix</c>, <c>patchesJSON6902</c> is <c>patchesJson6902</c>).
    /// </summary>
    private static KMap CanonicalNames(KMap root)
    {
        if (root.Entries.All(e => KnownFields.Contains(e.Name) || !KnownFields.Any(k => k.Equals(e.Name, StringComparison.OrdinalIgnoreCase))))
        {
            return root;
        }

        var renamed = new KMap(root.Start, root.End, root.Origin, root.Tag);
        foreach (var entry in root.Entries)
        {
            var known = KnownFields.Contains(entry.Name) ? null : KnownFields.FirstOrDefault(k => k.Equals(entry.Name, StringComparison.OrdinalIgnoreCase));
            renamed.Set(known is null ? entry.Key : Scalars.StringNode(known, entry.Key.Start, entry.Key.End, entry.Key.Origin), entry.Value);
        }

        return renamed;
    }

    private bool Check()
    {
        foreach (var entry in Root.Entries)
        {
            if (!KnownFields.Contains(entry.Name))
            {
                return Context.Fail($"invalid Kustomization: json: unknown field \"{entry.Name}\"", entry.Value, Path);
            }
        }

        var kind = String("kind");
        if (kind is not null and not ("Kustomization" or "Component"))
        {
            return Context.Fail($"kind '{kind}' is not a kustomization (Kustomization or Component)", Root["kind"], Path);
        }

        if (kind == "Component" && String("apiVersion") is { } apiVersion && apiVersion != "kustomize.config.k8s.io/v1alpha1")
        {
            return Context.Fail("apiVersion for Component should be kustomize.config.k8s.io/v1alpha1", Root["apiVersion"], Path);
        }

        if (Root["openapi"] is KMap openapi && !OpenApiIsUsable(openapi))
        {
            return false;
        }

        if (Root.Entries.All(e => e.Name is "apiVersion" or "kind"))
        {
            return Context.Fail("kustomization.yaml is empty", Root, Path);
        }

        return !Context.Failed;
    }

    /// <summary>
    /// <c>openapi:</c> names Kustomize's one built-in schema version or a schema file, not both. The file's merge keys
    /// are not read (see docs/rendering.md); its errors are reported as Kustomize reports them.
    /// </summary>
    private bool OpenApiIsUsable(KMap openapi)
    {
        var version = StringOf(openapi["version"], "version");
        var path = StringOf(openapi["path"], "path");
        if (version is not null && path is not null)
        {
            return Context.Fail("builtin version and custom schema provided, cannot use both", openapi, Path);
        }

        if (version is not null && version != "v1.21.2")
        {
            return Context.Fail($"the specified OpenAPI version '{version}' is not built in (v1.21.2 is)", openapi["version"], Path);
        }

        if (path is null)
        {
            return true;
        }

        Context.CustomSchema = true;
        return SourceFiles.ReadText(Context, Directory, path, openapi["path"]!, Path, out _) is not null;
    }

    public KNode? this[string name] => Root[name];

    /// <summary>A string field; null when absent, and a failure when it is not a string (<c>n</c> and <c>1.27</c> are not).</summary>
    public string? String(string name) => StringOf(Root[name], name);

    public string? StringOf(KNode? node, string name)
    {
        switch (node)
        {
            case null:
                return null;
            case KScalar { Node.Kind: ScalarKind.Null }:
                return null;
            case KScalar { Node.Kind: ScalarKind.String } scalar:
                return scalar.Value;
            default:
                Context.Fail($"invalid Kustomization: '{name}' must be a string", node, Path);
                return null;
        }
    }

    /// <summary>A list of strings; empty when absent, null after a failure.</summary>
    public List<(string Value, KNode At)>? Strings(string name) => StringsOf(Root[name], name);

    public List<(string Value, KNode At)>? StringsOf(KNode? node, string name)
    {
        var values = new List<(string, KNode)>();
        if (node is null || node.IsNull)
        {
            return values;
        }

        if (node is not KSequence sequence)
        {
            Context.Fail($"invalid Kustomization: '{name}' must be a list of strings", node, Path);
            return null;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not KScalar { Node.Kind: not ScalarKind.Null } scalar)
            {
                Context.Fail($"invalid Kustomization: '{name}' must be a list of strings", item, Path);
                return null;
            }

            values.Add((scalar.Value, item));
        }

        return values;
    }

    /// <summary>A map of strings to strings (labels, annotations); empty when absent, null after a failure.</summary>
    public List<(string Key, string Value, KEntry At)>? StringMap(KNode? node, string name)
    {
        var values = new List<(string, string, KEntry)>();
        if (node is null || node.IsNull)
        {
            return values;
        }

        if (node is not KMap map)
        {
            Context.Fail($"invalid Kustomization: '{name}' must be a map of strings", node, Path);
            return null;
        }

        foreach (var entry in map.Entries)
        {
            if (entry.Value is not KScalar scalar || scalar.Node.Kind != ScalarKind.String && scalar.Node.Kind != ScalarKind.Null)
            {
                Context.Fail($"invalid Kustomization: the value of '{entry.Name}' in '{name}' must be a string", entry.Value, Path);
                return null;
            }

            values.Add((entry.Name, scalar.IsNull ? "" : scalar.Value, entry));
        }

        return values;
    }

    /// <summary>A list of mappings; empty when absent, null after a failure.</summary>
    public List<KMap>? Maps(string name) => MapsOf(Root[name], name);

    public List<KMap>? MapsOf(KNode? node, string name)
    {
        var values = new List<KMap>();
        if (node is null || node.IsNull)
        {
            return values;
        }

        if (node is not KSequence sequence || sequence.Items.Any(i => i is not KMap))
        {
            Context.Fail($"invalid Kustomization: '{name}' must be a list of mappings", node, Path);
            return null;
        }

        values.AddRange(sequence.Items.Cast<KMap>());
        return values;
    }

    /// <summary>A boolean field of a mapping; false when absent, null after a failure.</summary>
    public bool? Bool(KMap map, string name)
    {
        switch (map[name])
        {
            case null:
                return false;
            case KScalar { Node.Kind: ScalarKind.Null }:
                return false;
            case KScalar { Node.Kind: ScalarKind.Bool } scalar:
                return scalar.Node.Bool;
            case var other:
                Context.Fail($"invalid Kustomization: '{name}' must be true or false", other, Path);
                return null;
        }
    }

    public bool Fail(string message, KNode? at) => Context.Fail(message, at, Path);
}
