using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Tests.Schemas;

/// <summary>
/// Turns YAML into KubernetesObjects for schema tests (a small stand-in for the object reader: every mapping
/// document with apiVersion and kind is an object; <c>kind: List</c> items are objects of their own).
/// </summary>
internal static class TestObjects
{
    public static List<KubernetesObject> FromYaml(string yaml, string path = "test.yaml") => Read(path, yaml, []);

    /// <summary>Also returns the problems found while loading (syntax errors, duplicate keys, missing kind).</summary>
    public static List<KubernetesObject> Read(string path, string yaml, List<Finding> problems)
    {
        var objects = new List<KubernetesObject>();
        foreach (var document in new YamlLoader().Load(path, yaml))
        {
            problems.AddRange(document.Problems);
            if (document.Root is MappingNode root)
            {
                Add(path, document.Index, root, objects, problems);
            }
        }

        return objects;
    }

    /// <summary>Each document of a file with its objects and its load problems.</summary>
    public static List<(int Index, List<KubernetesObject> Objects, List<Finding> Problems)> ReadDocuments(string path, string yaml)
    {
        var documents = new List<(int, List<KubernetesObject>, List<Finding>)>();
        foreach (var document in new YamlLoader().Load(path, yaml))
        {
            var objects = new List<KubernetesObject>();
            var problems = new List<Finding>(document.Problems);
            if (document.Root is MappingNode root)
            {
                Add(path, document.Index, root, objects, problems);
            }

            documents.Add((document.Index, objects, problems));
        }

        return documents;
    }

    private static void Add(string path, int index, MappingNode root, List<KubernetesObject> objects, List<Finding> problems)
    {
        var apiVersion = Text(root["apiVersion"]);
        var kind = Text(root["kind"]);
        if (apiVersion is null || kind is null)
        {
            problems.Add(new Finding
            {
                RuleId = "TEST-MISSING-GVK",
                Title = "missing apiVersion or kind",
                Category = Category.Schema,
                Severity = Severity.High,
                Message = "missing apiVersion or kind",
                Location = new SourceLocation(path, root.Start.Line, root.Start.Column),
                Responsibility = Responsibility.Developers,
            });
            return;
        }

        if (kind == "List" && root["items"] is SequenceNode items)
        {
            foreach (var item in items.Items.OfType<MappingNode>())
            {
                Add(path, index, item, objects, problems);
            }

            return;
        }

        var metadata = root["metadata"] as MappingNode;
        var resource = new ResourceRef(apiVersion, kind, Text(metadata?["namespace"]), Text(metadata?["name"]));
        objects.Add(new KubernetesObject(path, index, root, resource));
    }

    private static string? Text(Node? node) => node is ScalarNode { Kind: not ScalarKind.Null } s && s.Text.Length > 0 ? s.Text : null;
}
