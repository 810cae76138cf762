using System.Text.Json;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// Compiles the schemas of CustomResourceDefinitions (<c>apiextensions.k8s.io/v1</c> and <c>v1beta1</c>):
/// <c>spec.versions[].schema.openAPIV3Schema</c> (or v1beta1's <c>spec.validation.openAPIV3Schema</c>) for each
/// served version. Fields a structural schema does not declare are unknown unless
/// <c>x-kubernetes-preserve-unknown-fields</c> says otherwise; <c>metadata</c> is always ObjectMeta.
/// </summary>
internal static class CrdCompiler
{
    public const string Group = "apiextensions.k8s.io";
    public const string Kind = "CustomResourceDefinition";

    public static bool IsCrd(KubernetesObject obj) =>
        obj.Kind == Kind && (obj.ApiVersion == Group + "/v1" || obj.ApiVersion == Group + "/v1beta1");

    /// <param name="isBuiltIn">Kinds of Kubernetes itself, which a CRD cannot redefine (its schema for them is ignored).</param>
    public static CrdSchemaSet Compile(IEnumerable<KubernetesObject> objects, bool strict, CompiledSchema objectMeta, Func<GroupVersionKind, bool> isBuiltIn)
    {
        var kinds = new Dictionary<GroupVersionKind, CompiledSchema>();
        var problems = new Dictionary<(string Path, Mark Start), List<SchemaViolation>>();
        foreach (var crd in objects.Where(IsCrd))
        {
            var found = new List<SchemaViolation>();
            foreach (var (gvk, schemaNode, path) in Versions(crd.Root).Where(v => !isBuiltIn(v.Gvk)))
            {
                var schema = CompileOne(schemaNode, path, strict, objectMeta, found);
                kinds.TryAdd(gvk, schema);
            }

            if (found.Count > 0)
            {
                problems[(crd.Path, crd.Root.Start)] = found;
            }
        }

        return new CrdSchemaSet(new CrdSchemaSource(kinds), problems);
    }

    private static CompiledSchema CompileOne(Node schemaNode, string path, bool strict, CompiledSchema objectMeta, List<SchemaViolation> problems)
    {
        using var json = JsonDocument.Parse(NodeJson.ToUtf8(schemaNode), new JsonDocumentOptions { MaxDepth = 1024 });
        var compiler = new SchemaCompiler(default, new SchemaCompilerOptions { Strict = strict, EmptyObjectsAreOpen = false, ObjectMeta = objectMeta });
        var schema = compiler.CompileResourceRoot(json.RootElement, path);
        foreach (var problem in compiler.Problems)
        {
            problems.Add(new SchemaViolation(SchemaRules.SchemaProblem, path, schemaNode.Start, schemaNode.End, problem));
        }

        return schema;
    }

    internal static IEnumerable<(GroupVersionKind Gvk, Node Schema, string Path)> Versions(MappingNode root)
    {
        if (root["spec"] is not MappingNode spec || Text(spec["group"]) is not { } group
            || spec["names"] is not MappingNode names || Text(names["kind"]) is not { } kind)
        {
            yield break;
        }

        var shared = (spec["validation"] as MappingNode)?["openAPIV3Schema"];
        if (spec["versions"] is SequenceNode versions)
        {
            for (var i = 0; i < versions.Count; i++)
            {
                if (versions[i] is not MappingNode version || Text(version["name"]) is not { } name
                    || version["served"] is ScalarNode { Kind: ScalarKind.Bool, Bool: false })
                {
                    continue;
                }

                var own = (version["schema"] as MappingNode)?["openAPIV3Schema"];
                if ((own ?? shared) is MappingNode schema)
                {
                    var path = own is not null ? $"spec.versions[{i}].schema.openAPIV3Schema" : "spec.validation.openAPIV3Schema";
                    yield return (new GroupVersionKind(group, name, kind), schema, path);
                }
            }
        }
        else if (Text(spec["version"]) is { } single && shared is MappingNode schema)
        {
            yield return (new GroupVersionKind(group, single, kind), schema, "spec.validation.openAPIV3Schema");
        }
    }

    private static string? Text(Node? node) => node is ScalarNode { Kind: ScalarKind.String } s && s.Text.Length > 0 ? s.Text : null;
}
