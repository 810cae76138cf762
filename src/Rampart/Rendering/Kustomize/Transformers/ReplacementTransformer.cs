using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Patching;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>replacements:</c> copies a field of one resource (or a part of it, cut at a delimiter) into fields of
/// others. The copied value keeps the line of the field it was copied from.
/// </summary>
internal static class ReplacementTransformer
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        if (file.Maps("replacements") is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (file.StringOf(entry["path"], "path") is { } path)
            {
                if (SourceFiles.ReadText(file.Context, file.Directory, path, entry["path"]!, file.Path, out var full) is not { } text
                    || ResourceReader.Documents(file.Context, full, text) is not { } documents)
                {
                    return false;
                }

                foreach (var replacement in documents.SelectMany(d => d is KSequence s ? s.Items : [d]))
                {
                    if (replacement is not KMap one || !Replace(file, map, one))
                    {
                        return file.Context.Failed ? false : file.Fail("a replacement must be a mapping", replacement);
                    }
                }

                continue;
            }

            if (!Replace(file, map, entry))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Replace(KustomizationFile file, ResourceMap map, KMap replacement)
    {
        if (replacement["source"] is not KMap source || replacement["targets"] is not KSequence targets)
        {
            return file.Fail("a replacement needs a source and targets", replacement);
        }

        if (Select(file, source, out var error) is not { } selector)
        {
            return file.Fail(error!, source);
        }

        var selected = map.Resources.Where(selector.SelectsByAnyId).ToList();
        if (selected.Count != 1)
        {
            return file.Fail(selected.Count == 0 ? "nothing selected by the replacement's source" : $"multiple matches for the replacement's source: {string.Join(", ", selected)}", source);
        }

        var fieldPath = source.Text("fieldPath") ?? "metadata.name";
        var values = FieldPath.Find(selected[0].Root, FieldPath.Parse(fieldPath));
        if (values.Count == 0)
        {
            return file.Fail($"fieldPath '{fieldPath}' is missing for the replacement source {selected[0].CurrentId}", source);
        }

        var value = values[0];
        if (source["options"] is KMap sourceOptions && sourceOptions.Text("delimiter") is { } delimiter)
        {
            var parts = (Scalars.TextOf(value) ?? "").Split(delimiter);
            var index = int.TryParse(sourceOptions.Text("index"), out var i) ? i : 0;
            if (index < 0 || index >= parts.Length)
            {
                return file.Fail($"options.index {index} is out of bounds for value {Scalars.TextOf(value)}", sourceOptions);
            }

            value = Scalars.String(parts[index], value);
        }

        foreach (var target in targets.Items.OfType<KMap>())
        {
            if (!Target(file, map, target, value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Target(KustomizationFile file, ResourceMap map, KMap target, KNode value)
    {
        string? error = null;
        if (target["select"] is not KMap select || Select(file, select, out error) is not { } selector)
        {
            return file.Fail(error ?? "a replacement target needs select", target);
        }

        var rejects = new List<PatchTarget>();
        foreach (var reject in (target["reject"] as KSequence)?.Items.OfType<KMap>() ?? [])
        {
            if (Select(file, reject, out error) is not { } rejected)
            {
                return file.Fail(error!, reject);
            }

            rejects.Add(rejected);
        }

        var options = target["options"] as KMap;
        var create = options is not null && file.Bool(options, "create") is true;
        var delimiter = options?.Text("delimiter");
        var index = int.TryParse(options?.Text("index"), out var i) ? i : 0;
        var paths = (target["fieldPaths"] as KSequence)?.Items.Select(Scalars.TextOf).OfType<string>().ToList() ?? [];
        foreach (var resource in map.Resources.Where(r => selector.SelectsByAnyId(r) && !rejects.Exists(x => x.Selects(r))))
        {
            foreach (var path in paths)
            {
                var found = false;
                FieldPath.Walk(resource.Root, FieldPath.Parse(path), 0, create, value, (parent, key, old) =>
                {
                    if (old is null && !create)
                    {
                        return;
                    }

                    found = true;

                    // A field the replacement creates takes the value's text unquoted, as Kustomize writes it.
                    var replacement = old is null && value is KScalar { IsNull: false } scalar ? Scalars.Plain(scalar.Value, value) : value.DeepCopy();
                    if (delimiter is not null)
                    {
                        var parts = (Scalars.TextOf(old) ?? "").Split(delimiter).ToList();
                        if (index >= parts.Count)
                        {
                            parts.AddRange(Enumerable.Repeat("", index - parts.Count + 1));
                        }

                        parts[Math.Max(index, 0)] = Scalars.TextOf(value) ?? "";
                        replacement = Scalars.String(string.Join(delimiter, parts), value);
                    }

                    FieldPath.Set(parent, key, old, replacement);
                });
                if (!found && !create)
                {
                    return file.Fail($"unable to find field '{path}' in replacement target {resource.CurrentId}", target);
                }
            }
        }

        map.Invalidate();
        return true;
    }

    private static PatchTarget? Select(KustomizationFile file, KMap selector, out string? error)
    {
        _ = file;
        return PatchTarget.Read(selector, out error);
    }
}
