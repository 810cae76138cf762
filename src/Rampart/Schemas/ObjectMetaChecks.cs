using Rampart.Cel.Libraries.Kubernetes.Syntax;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>
/// The API server's checks of object metadata that OpenAPI does not express: a name (or generateName) on
/// every top-level object, the name's syntax for the kind, and the syntax of label keys and values and
/// annotation keys.
/// </summary>
internal static class ObjectMetaChecks
{
    private static readonly HashSet<string> PathSegmentKinds = new(["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"], StringComparer.Ordinal);

    public static void CheckRoot(string kind, MappingNode root, ValidationContext context)
    {
        if (!root.TryGetValue("metadata", out var metadataNode) || metadataNode is not MappingNode metadata)
        {
            if (metadataNode is null or ScalarNode { Kind: ScalarKind.Null })
            {
                context.ReportField(SchemaRules.MissingRequired, root, "metadata.name", "name or generateName is required");
            }

            return;
        }

        var hasName = metadata.TryGetValue("name", out var name) && name is ScalarNode { Kind: not ScalarKind.Null };
        var hasGenerateName = metadata.TryGetValue("generateName", out var generate) && generate is ScalarNode { Kind: not ScalarKind.Null };
        if (!hasName && !hasGenerateName)
        {
            context.ReportField(SchemaRules.MissingRequired, metadata, "metadata.name", "name or generateName is required");
            return;
        }

        if (hasName && name is ScalarNode { Kind: ScalarKind.String } text && Rule(kind) is var (check, description) && !check(text.Text))
        {
            context.ReportField(SchemaRules.InvalidFormat, text, "metadata.name", $"\"{Shorten(text.Text)}\" is not a valid name: {description}");
        }
    }

    public static void CheckLabelsAndAnnotations(MappingNode metadata, ValidationContext context)
    {
        if (metadata.TryGetValue("labels", out var labels) && labels is MappingNode labelMap)
        {
            context.Path.Push("labels");
            foreach (var entry in labelMap.Entries)
            {
                if (entry.Key is ScalarNode key && !NameSyntax.IsQualifiedName(key.Text))
                {
                    context.Report(SchemaRules.InvalidFormat, key,
                        $"label key \"{Shorten(key.Text)}\" is not valid: an optional DNS subdomain prefix and '/', then at most 63 alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
                }

                if (entry.Value is ScalarNode { Kind: ScalarKind.String } value && !NameSyntax.IsLabelValue(value.Text))
                {
                    context.Report(SchemaRules.InvalidFormat, value,
                        $"label value \"{Shorten(value.Text)}\" of \"{Shorten(entry.KeyText ?? "")}\" is not valid: empty, or at most 63 alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
                }
            }

            context.Path.Pop();
        }

        if (metadata.TryGetValue("annotations", out var annotations) && annotations is MappingNode annotationMap)
        {
            context.Path.Push("annotations");
            foreach (var entry in annotationMap.Entries)
            {
                if (entry.Key is ScalarNode key && !NameSyntax.IsQualifiedName(key.Text))
                {
                    context.Report(SchemaRules.InvalidFormat, key, $"annotation key \"{Shorten(key.Text)}\" is not a valid qualified name");
                }
            }

            context.Path.Pop();
        }
    }

    private static (Func<string, bool> Check, string Description) Rule(string kind) => kind switch
    {
        _ when PathSegmentKinds.Contains(kind) => (NameSyntax.IsPathSegmentName, "it must not be '.' or '..' nor contain '/' or '%'"),
        "Namespace" => (NameSyntax.IsDns1123Label, "a DNS label of at most 63 lower-case alphanumerics or '-', starting and ending with an alphanumeric"),
        "Service" => (NameSyntax.IsDns1035Label, "a DNS label of at most 63 lower-case alphanumerics or '-', starting with a letter and ending with an alphanumeric"),
        _ => (NameSyntax.IsDns1123Subdomain, "a DNS subdomain of at most 253 lower-case alphanumerics, '-' or '.', starting and ending with an alphanumeric"),
    };

    private static string Shorten(string text) => FindingText.Cut(text, 81);
}
