using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Kubernetes;

/// <summary>
/// Reads Kubernetes objects out of loaded documents: a mapping with a string <c>apiVersion</c> and <c>kind</c>
/// is an object; <c>kind: List</c> (and any <c>*List</c> kind with an <c>items</c> sequence) gives one object per
/// item, with <see cref="KubernetesObject.Root"/> at the item. The name is <c>metadata.name</c>, or
/// <c>metadata.generateName</c> when there is none. Empty and comment-only documents give nothing; a document
/// that is not an object gives a <see cref="LoadRules.NotAnObject"/> finding only when the caller says the file
/// is a manifest (items of a List always do).
/// </summary>
public static class ObjectReader
{
    public static ObjectReadResult Read(LoadedDocument document, bool isManifest)
    {
        var objects = new List<KubernetesObject>();
        var problems = new List<Finding>();
        Read(document, isManifest, objects, problems);
        return new ObjectReadResult(objects, problems);
    }

    /// <summary>Adds the objects of <paramref name="document"/> to <paramref name="objects"/>, problems to <paramref name="problems"/>.</summary>
    public static void Read(LoadedDocument document, bool isManifest, ICollection<KubernetesObject> objects, ICollection<Finding> problems)
    {
        if (document.Root is null or ScalarNode { Kind: ScalarKind.Null })
        {
            return;
        }

        ReadNode(document, document.Root, isManifest ? "the document" : null, objects, problems);
    }

    /// <param name="what">How findings name the node; null when the node may be anything without a finding.</param>
    private static void ReadNode(LoadedDocument document, Node node, string? what, ICollection<KubernetesObject> objects, ICollection<Finding> problems)
    {
        if (node is not MappingNode map)
        {
            if (what is not null)
            {
                var shape = node is SequenceNode ? "a sequence" : "a single value";
                Report(document, node.Start, $"{what} is {shape}, not a Kubernetes object (a mapping with apiVersion and kind)", problems);
            }

            return;
        }

        var apiVersion = Identity(map, "apiVersion", out var apiVersionNode);
        var kind = Identity(map, "kind", out var kindNode);
        if (apiVersion is null || kind is null)
        {
            if (what is not null)
            {
                var reasons = new List<string>(2);
                var at = Missing(apiVersion, apiVersionNode, "apiVersion", reasons) ?? Missing(kind, kindNode, "kind", reasons) ?? map.Start;
                Report(document, at, $"{what} has {string.Join(" and ", reasons)}, so it is not a Kubernetes object", problems);
            }

            return;
        }

        if (IsList(kind, map, out var items))
        {
            for (var i = 0; i < items.Count; i++)
            {
                ReadNode(document, items[i], $"item {i} of the {kind}", objects, problems);
            }

            return;
        }

        var metadata = map["metadata"] as MappingNode;
        var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]);
        var resource = new ResourceRef(apiVersion, kind, Text(metadata?["namespace"]), name);
        objects.Add(new KubernetesObject(document.Path, document.Index, map, resource) { Directives = DirectivesOf(document, map) });
    }

    /// <summary>The document's directives for the object: all of them, or for an item of a List those on the item's lines.</summary>
    private static IReadOnlyList<CommentDirective> DirectivesOf(LoadedDocument document, MappingNode map) =>
        document.Directives.Count == 0 || ReferenceEquals(map, document.Root)
            ? document.Directives
            : [.. document.Directives.Where(d => d.At.Line >= map.Start.Line && d.At.Line <= map.End.Line)];

    /// <summary>Adds why a field disqualifies the object; returns where the field stands when it is present.</summary>
    private static Mark? Missing(string? value, Node? node, string field, List<string> reasons)
    {
        if (value is not null)
        {
            return null;
        }

        if (node is null or ScalarNode { Kind: ScalarKind.Null })
        {
            reasons.Add("no " + field);
            return null;
        }

        reasons.Add($"{(field == "apiVersion" ? "an" : "a")} {field} that is not a non-empty string");
        return node.Start;
    }

    private static bool IsList(string kind, MappingNode map, out IReadOnlyList<Node> items)
    {
        items = [];
        if (!kind.EndsWith("List", StringComparison.Ordinal) || !map.TryGetValue("items", out var value))
        {
            return false;
        }

        switch (value)
        {
            case SequenceNode sequence:
                items = sequence.Items;
                return true;
            case ScalarNode { Kind: ScalarKind.Null }:
                return true;
            default:
                return false;
        }
    }

    private static string? Identity(MappingNode map, string field, out Node? node)
    {
        node = map[field];
        return node is ScalarNode { Kind: ScalarKind.String, Text.Length: > 0 } scalar ? scalar.Text : null;
    }

    private static string? Text(Node? node) =>
        node is ScalarNode { Kind: not ScalarKind.Null, Text.Length: > 0 } scalar ? scalar.Text : null;

    private static void Report(LoadedDocument document, Mark at, string message, ICollection<Finding> problems) =>
        problems.Add(LoadRules.Finding(LoadRules.NotAnObject, document.Path, at, message));
}
