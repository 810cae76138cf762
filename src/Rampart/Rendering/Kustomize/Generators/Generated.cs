using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Generators;

/// <summary>
/// Runs a kustomization's <c>configMapGenerator</c> and <c>secretGenerator</c>: each entry makes a ConfigMap or
/// Secret whose fields stand at the entry's lines, then creates, replaces or merges into one of the same id.
/// </summary>
internal static class Generated
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        var options = file["generatorOptions"] as KMap;
        if (file["generatorOptions"] is { IsNull: false } given && options is null)
        {
            return file.Fail("invalid Kustomization: 'generatorOptions' must be a mapping", given);
        }

        foreach (var (field, kind) in new[] { ("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret") })
        {
            if (file.Maps(field) is not { } generators)
            {
                return false;
            }

            foreach (var generator in generators)
            {
                if (!One(file, map, generator, kind, options))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Runs one generator entry (or a ConfigMapGenerator / SecretGenerator plugin configuration).</summary>
    public static bool One(KustomizationFile file, ResourceMap map, KMap generator, string kind, KMap? options, GeneratorOrigin? origin = null)
    {
        if (Generate(file, generator, kind, options) is not { } resource)
        {
            return false;
        }

        resource.Generator = origin ?? new GeneratorOrigin(file.Path, kind + "Generator", null);
        if (!Absorb(file, map, resource, generator))
        {
            return false;
        }

        map.Invalidate();
        return true;
    }

    private static Resource? Generate(KustomizationFile file, KMap generator, string kind, KMap? global)
    {
        var name = file.StringOf(generator["name"], "name");
        var ns = file.StringOf(generator["namespace"], "namespace");
        var behavior = file.StringOf(generator["behavior"], "behavior");
        var local = generator["options"] as KMap;
        var labels = Merge(file.StringMap(global?["labels"], "labels"), file.StringMap(local?["labels"], "labels"));
        var annotations = Merge(file.StringMap(global?["annotations"], "annotations"), file.StringMap(local?["annotations"], "annotations"));
        var noHash = (global is null ? false : file.Bool(global, "disableNameSuffixHash")) is true
            || (local is null ? false : file.Bool(local, "disableNameSuffixHash")) is true;
        var immutable = (global is null ? false : file.Bool(global, "immutable")) is true
            || (local is null ? false : file.Bool(local, "immutable")) is true;
        if (file.Context.Failed || labels is null || annotations is null || DataSources.Read(file, generator) is not { } pairs)
        {
            return null;
        }

        if (string.IsNullOrEmpty(name))
        {
            file.Fail($"a {kind} generator needs a name", generator);
            return null;
        }

        var mode = behavior switch
        {
            null or "" or "create" => GeneratorBehavior.Create,
            "replace" => GeneratorBehavior.Replace,
            "merge" => GeneratorBehavior.Merge,
            _ => GeneratorBehavior.None,
        };
        if (mode == GeneratorBehavior.None)
        {
            file.Fail($"unknown generator behavior '{behavior}' (create, replace or merge)", generator["behavior"]);
            return null;
        }

        var at = generator["name"]!;
        var root = Scalars.EmptyMap(generator);
        root.Set("apiVersion", Scalars.String("v1", at));
        root.Set("kind", Scalars.String(kind, at));
        var metadata = Scalars.EmptyMap(at);
        metadata.Set("name", Scalars.String(name, at));
        if (!string.IsNullOrEmpty(ns))
        {
            metadata.Set("namespace", Scalars.String(ns, generator["namespace"]!));
        }

        AddStrings(metadata, "labels", labels, at);
        AddStrings(metadata, "annotations", annotations, at);
        root.Set("metadata", metadata);
        if (kind == "Secret")
        {
            var type = file.StringOf(generator["type"], "type");
            root.Set("type", Scalars.String(string.IsNullOrEmpty(type) ? "Opaque" : type, generator["type"] ?? at));
        }

        var data = Scalars.EmptyMap(at);
        var binary = Scalars.EmptyMap(at);
        foreach (var pair in pairs)
        {
            if (kind == "Secret")
            {
                var bytes = pair.Binary ?? System.Text.Encoding.UTF8.GetBytes(pair.Value);
                data.Set(pair.Key, Scalars.String(Base64(bytes), pair.At));
            }
            else if (pair.Binary is not null)
            {
                binary.Set(pair.Key, Scalars.String(Base64(pair.Binary), pair.At));
            }
            else
            {
                data.Set(pair.Key, Scalars.String(pair.Value, pair.At));
            }
        }

        if (data.Count > 0)
        {
            root.Set("data", data);
        }

        if (binary.Count > 0)
        {
            root.Set("binaryData", binary);
        }

        if (immutable)
        {
            root.Set("immutable", Scalars.Plain("true", at));
        }

        return new Resource(root, file.Path) { NeedsHashSuffix = !noHash, Behavior = mode, Chain = [.. file.Context.Chain] };
    }

    private static bool Absorb(KustomizationFile file, ResourceMap map, Resource generated, KMap at)
    {
        var id = generated.CurrentId;
        var matches = map.ByAnyId(id);
        if (matches.Count == 0 && string.IsNullOrEmpty(id.Namespace))
        {
            matches = map.Resources.FindAll(r => r.AllIds.Any(x => x.Gvk.Kind == id.Gvk.Kind && x.Name == id.Name));
        }

        if (matches.Count > 1)
        {
            return file.Fail($"found multiple objects {id} that could accept a merge or replace", at);
        }

        if (matches.Count == 0)
        {
            if (generated.Behavior is GeneratorBehavior.Replace or GeneratorBehavior.Merge)
            {
                return file.Fail($"id {id} does not exist; cannot merge or replace", at);
            }

            if (map.ByCurrentId(id) is not null)
            {
                return file.Fail($"may not add resource with an already registered id: {id}", at);
            }

            map.Add(generated);
            return true;
        }

        var old = matches[0];
        switch (generated.Behavior)
        {
            case GeneratorBehavior.Create:
                return file.Fail($"may not add resource with an already registered id: {id}; use behavior merge or replace", at);
            case GeneratorBehavior.Merge:
                MergeFields(old.Root, generated.Root, "data");
                MergeFields(old.Root, generated.Root, "binaryData");
                MergeMetadata(old.Root, generated.Root, overwrite: true);
                old.NeedsHashSuffix = old.NeedsHashSuffix && generated.NeedsHashSuffix;
                return true;
            default:
                MergeMetadata(generated.Root, old.Root, overwrite: false);
                generated.Root.Map("metadata")!.Set("name", old.Root.Map("metadata")!["name"]!);
                if (old.Root.Map("metadata")!["namespace"] is { } oldNamespace)
                {
                    generated.Root.Map("metadata")!.Set("namespace", oldNamespace);
                }

                old.Root = generated.Root;
                // Kustomize keeps the replaced object's build annotations: a plain resource gets no hash suffix.
                old.NeedsHashSuffix = old.NeedsHashSuffix && generated.NeedsHashSuffix;
                old.Generator = generated.Generator;
                return true;
        }
    }

    /// <summary>Base64 as Kustomize writes it: past 70 characters, in lines of 70, each ended by a newline.</summary>
    private static string Base64(byte[] bytes)
    {
        const int line = 70;
        var text = Convert.ToBase64String(bytes);
        if (text.Length < line)
        {
            return text;
        }

        var wrapped = new System.Text.StringBuilder(text.Length + (text.Length / line) + 1);
        for (var i = 0; i < text.Length; i += line)
        {
            wrapped.Append(text, i, Math.Min(line, text.Length - i)).Append('\n');
        }

        return wrapped.ToString();
    }

    /// <summary>Copies the fields of <paramref name="from"/>'s map <paramref name="field"/> into <paramref name="into"/>'s.</summary>
    private static void MergeFields(KMap into, KMap from, string field)
    {
        if (from[field] is not KMap source)
        {
            return;
        }

        if (into[field] is not KMap target)
        {
            into.Set(field, source);
            return;
        }

        foreach (var entry in source.Entries)
        {
            target.Set(entry.Key, entry.Value);
        }
    }

    private static void MergeMetadata(KMap into, KMap from, bool overwrite)
    {
        var target = into.Map("metadata")!;
        var source = from.Map("metadata")!;
        foreach (var field in new[] { "labels", "annotations" })
        {
            if (source[field] is KMap values)
            {
                if (target[field] is not KMap existing)
                {
                    target.Set(field, values.DeepCopy());
                    continue;
                }

                foreach (var entry in values.Entries)
                {
                    if (overwrite || existing.Entry(entry.Name) is null)
                    {
                        existing.Set(entry.Key, entry.Value);
                    }
                }
            }
        }
    }

    private static List<(string Key, string Value, KEntry At)>? Merge(List<(string Key, string Value, KEntry At)>? global, List<(string Key, string Value, KEntry At)>? local)
    {
        if (global is null || local is null)
        {
            return null;
        }

        var merged = new List<(string Key, string Value, KEntry At)>(global);
        foreach (var pair in local)
        {
            merged.RemoveAll(p => p.Key == pair.Key);
            merged.Add(pair);
        }

        return merged;
    }

    private static void AddStrings(KMap metadata, string field, List<(string Key, string Value, KEntry At)> pairs, KNode at)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var map = Scalars.EmptyMap(at);
        foreach (var (key, value, entry) in pairs)
        {
            map.Add(new KEntry(entry.Key, Scalars.String(value, entry.Value)));
        }

        metadata.Set(field, map);
    }
}
