using Rampart.Findings;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>Reads YAML into working trees that remember their file and lines, and resource files into resources.</summary>
internal static class ResourceReader
{
    /// <summary>
    /// The documents of <paramref name="text"/> (empty ones left out), or null after a failure. A kustomization is
    /// decoded leniently as Kustomize does: a repeated key keeps its last value (<paramref name="repeatedKeys"/>).
    /// </summary>
    public static List<KNode>? Documents(BuildContext context, string path, string text, bool repeatedKeys = false) =>
        Documents(context, path, context.Loader.Load(path, text), repeatedKeys);

    /// <summary>The working trees of documents loaded already (as <see cref="Documents(BuildContext, string, string, bool)"/> loads them).</summary>
    public static List<KNode>? Documents(BuildContext context, string path, IEnumerable<LoadedDocument> loaded, bool repeatedKeys = false)
    {
        var documents = new List<KNode>();
        foreach (var document in loaded)
        {
            if (document.Problems.FirstOrDefault(p => p.Severity is Severity.Critical or Severity.High or Severity.Medium
                && !(repeatedKeys && p.RuleId == LoadRules.DuplicateKey.Id)) is { } problem)
            {
                context.Fail(problem);
                return null;
            }

            if (document.Root is null || (document.Root is ScalarNode { Kind: ScalarKind.Null }))
            {
                continue;
            }

            if (TreeConversion.ToWork(document.Root) is not { } work)
            {
                context.Fail("a mapping key is not a scalar", path, document.Root.Start);
                return null;
            }

            documents.Add(work);
        }

        return documents;
    }

    /// <summary>The resources of a file: every document, with <c>List</c> kinds expanded to their items.</summary>
    public static List<Resource>? Resources(BuildContext context, string path, string text)
    {
        if (Documents(context, path, text) is not { } documents)
        {
            return null;
        }

        var resources = new List<Resource>();
        foreach (var document in documents)
        {
            if (!Add(context, path, document, resources))
            {
                return null;
            }
        }

        return resources;
    }

    /// <summary>Adds one document as a resource (or the items of a list); false after a failure.</summary>
    public static bool Add(BuildContext context, string path, KNode document, List<Resource> into)
    {
        if (document is not KMap map)
        {
            return context.Fail("a resource must be a mapping with apiVersion, kind and metadata", document, path);
        }

        var kind = map.Text("kind");
        if (kind is not null && kind.EndsWith("List", StringComparison.Ordinal) && map["items"] is { } items)
        {
            if (items is KSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (!Add(context, path, item, into))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (!items.IsNull)
            {
                return context.Fail("the items of a list must be a sequence", items, path);
            }

            return true;
        }

        if (string.IsNullOrEmpty(kind))
        {
            return context.Fail("missing kind in object", map, path);
        }

        if (map.Map("metadata")?.Text("name") is null)
        {
            return context.Fail($"missing metadata.name in object of kind {kind}", map, path);
        }

        into.Add(new Resource(map, path));
        return true;
    }
}
