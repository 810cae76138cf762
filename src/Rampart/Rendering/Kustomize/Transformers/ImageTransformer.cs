using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>images:</c> renames images and sets their tag or digest in every container and init container (wherever the
/// pod spec sits) and in the fields the configuration adds. The new image stands at the <c>images:</c> entry.
/// </summary>
internal static class ImageTransformer
{
    private sealed record Change(string Name, string? NewName, string? NewTag, string? Digest, KMap At);

    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        if (file.Maps("images") is not { } entries || file.Maps("imageTags") is not { } legacy)
        {
            return false;
        }

        var changes = new List<Change>();
        foreach (var entry in entries.Concat(legacy))
        {
            var name = file.StringOf(entry["name"], "name");
            var newName = file.StringOf(entry["newName"], "newName");
            var newTag = file.StringOf(entry["newTag"], "newTag");
            var digest = file.StringOf(entry["digest"], "digest");
            if (file.Context.Failed)
            {
                return false;
            }

            if (string.IsNullOrEmpty(name))
            {
                return file.Fail("an images entry needs a name", entry);
            }

            changes.Add(new Change(name, newName, newTag, digest, entry));
        }

        if (changes.Count == 0)
        {
            return true;
        }

        var custom = map.Config.Images.Where(spec => !DefaultFieldSpecs.Images.Contains(spec)).ToList();
        foreach (var resource in map.Resources)
        {
            foreach (var change in changes)
            {
                Containers(resource.Root, change);
                foreach (var spec in custom)
                {
                    FieldWalker.Apply(resource, spec with { Create = false }, change.At, value => Update(value, change));
                }
            }
        }

        return true;
    }

    /// <summary>Updates the image of every container list found anywhere under <paramref name="node"/>.</summary>
    private static void Containers(KNode node, Change change)
    {
        switch (node)
        {
            // Indexed loops: this visits every node of every resource for each images entry.
            case KMap map:
                var entries = map.Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    var entry = entries[i];
                    if (entry.Name is "containers" or "initContainers" && entry.Value is KSequence containers)
                    {
                        foreach (var item in containers.Items)
                        {
                            if (item is KMap container && container.Entry("image") is { } image && Update(image.Value, change) is { } updated)
                            {
                                image.Value = updated;
                            }
                        }
                    }

                    Containers(entry.Value, change);
                }

                break;
            case KSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Containers(item, change);
                }

                break;
        }
    }

    private static KScalar? Update(KNode? value, Change change)
    {
        if (value is not KScalar { Node.Kind: ScalarKind.String } scalar || !NameIs(scalar.Value, change.Name))
        {
            return null;
        }

        var (name, tag, digest) = Split(scalar.Value);
        if (!string.IsNullOrEmpty(change.NewName))
        {
            name = change.NewName;
        }

        if (!string.IsNullOrEmpty(change.NewTag) && !string.IsNullOrEmpty(change.Digest))
        {
            tag = change.NewTag;
            digest = change.Digest;
        }
        else if (!string.IsNullOrEmpty(change.NewTag))
        {
            tag = change.NewTag;
            digest = "";
        }
        else if (!string.IsNullOrEmpty(change.Digest))
        {
            tag = "";
            digest = change.Digest;
        }

        var image = name + (tag.Length > 0 ? ":" + tag : "") + (digest.Length > 0 ? "@" + digest : "");
        return Scalars.String(image, change.At);
    }

    /// <summary>Whether the name part of <paramref name="image"/> is <paramref name="name"/>, read in place (most images an entry meets are not its own).</summary>
    private static bool NameIs(string image, string name) => image.AsSpan(0, Parts(image).NameEnd).SequenceEqual(name);

    /// <summary>Splits <c>registry/name:tag@digest</c> into its name, tag and digest (empty when absent).</summary>
    public static (string Name, string Tag, string Digest) Split(string image)
    {
        var (nameEnd, tagEnd) = Parts(image);
        return (image[..nameEnd], nameEnd < tagEnd ? image[(nameEnd + 1)..tagEnd] : "", tagEnd < image.Length ? image[(tagEnd + 1)..] : "");
    }

    /// <summary>
    /// Where the name and the tag of <c>registry/name:tag@digest</c> end: the digest follows the first <c>@</c>, the tag
    /// the last <c>:</c> before it that comes after every <c>/</c> (a registry's port is no tag).
    /// </summary>
    private static (int NameEnd, int TagEnd) Parts(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var tagEnd = at >= 0 ? at : image.Length;
        var beforeDigest = image.AsSpan(0, tagEnd);
        var colon = beforeDigest.LastIndexOf(':');
        return (colon > beforeDigest.LastIndexOf('/') ? colon : tagEnd, tagEnd);
    }
}
