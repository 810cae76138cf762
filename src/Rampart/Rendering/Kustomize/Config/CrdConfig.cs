using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Config;

/// <summary>
/// The field specs a <c>crds:</c> file gives, as Kustomize reads it: a map from OpenAPI type names to definitions
/// (<c>Schema</c>, <c>Dependencies</c>); each type that has <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> is a kind
/// (the type name's last part), and its properties marked <c>x-kubernetes-object-ref-kind</c> /
/// <c>x-kubernetes-object-ref-api-version</c> refer to resources by name, <c>x-kubernetes-label-selector</c> take the
/// common labels, <c>x-kubernetes-annotation</c> the common annotations and <c>x-kubernetes-identity</c> the name prefix.
/// Nested types are followed through <c>$ref</c>.
/// </summary>
internal static class CrdConfig
{
    private const int MaxDepth = 32;

    public static TransformerConfig Read(KMap document)
    {
        var config = new TransformerConfig();
        foreach (var entry in document.Entries)
        {
            var properties = Properties(document, entry.Name);
            if (properties is null || properties["kind"] is null || properties["apiVersion"] is null || properties["metadata"] is null)
            {
                continue;
            }

            var name = entry.Name[(entry.Name.LastIndexOf('/') + 1)..];
            var kind = new Gvk("", "", name[(name.LastIndexOf('.') + 1)..]);
            Load(config, kind, document, entry.Name, [], 0);
        }

        return config;
    }

    private static KMap? Properties(KMap document, string typeName) =>
        document.Map(typeName) is { } definition ? (definition.Map("Schema") ?? definition.Map("schema"))?.Map("properties") : null;

    private static void Load(TransformerConfig config, Gvk kind, KMap document, string typeName, List<string> path, int depth)
    {
        if (depth > MaxDepth || Properties(document, typeName) is not { } properties)
        {
            return;
        }

        foreach (var property in properties.Entries)
        {
            if (property.Value is not KMap schema)
            {
                continue;
            }

            List<string> at = [.. path, property.Name];
            if (schema["x-kubernetes-label-selector"] is KScalar)
            {
                config.CommonLabels.Add(new FieldSpec(kind, at, Create: false));
            }

            if (schema["x-kubernetes-annotation"] is KScalar)
            {
                config.CommonAnnotations.Add(new FieldSpec(kind, at, Create: false));
            }

            if (schema["x-kubernetes-identity"] is KScalar)
            {
                config.NamePrefix.Add(new FieldSpec(kind, at, Create: false));
            }

            if (schema.Text("x-kubernetes-object-ref-api-version") is { } version && schema.Text("x-kubernetes-object-ref-kind") is { } referral)
            {
                var nameKey = schema.Text("x-kubernetes-object-ref-name-key") ?? "name";
                config.NameReference.Add(new NameReference(new Gvk("", version, referral), [new FieldSpec(kind, [.. at, nameKey], Create: false)]));
            }

            if (schema.Text("$ref") is { } reference)
            {
                Load(config, kind, document, reference, at, depth + 1);
            }
        }
    }
}
