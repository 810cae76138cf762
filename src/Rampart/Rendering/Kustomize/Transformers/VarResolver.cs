using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// Replaces <c>$(VAR)</c> in the fields the configuration lists (container args, env values…) with the value
/// of the field each var names, read once names are final. The value keeps the line of the field it came from.
/// </summary>
internal static class VarResolver
{
    public static bool Resolve(BuildContext context, ResourceMap map)
    {
        if (map.Vars.Count == 0)
        {
            return true;
        }

        var values = new Dictionary<string, KNode>(StringComparer.Ordinal);
        foreach (var variable in map.Vars)
        {
            var matches = map.Resources.FindAll(r => r.VarNames.Contains(variable.Name));
            if (matches.Count == 0)
            {
                return context.Fail($"var '{variable.Name}' cannot be mapped to a field in the set of known resources", variable.At, "");
            }

            var found = FieldPath.Find(matches[0].Root, FieldPath.Parse(variable.FieldPath));
            if (found.Count == 0 || found[0] is not KScalar)
            {
                return context.Fail($"field specified in var '{variable.Name}' ({variable.FieldPath}) not found in {matches[0].CurrentId}", variable.At, "");
            }

            values[variable.Name] = found[0];
        }

        foreach (var resource in map.Resources)
        {
            foreach (var spec in map.Config.VarReference)
            {
                FieldWalker.Apply(resource, spec with { Create = false }, resource.Root, value => Substitute(value, values));
            }
        }

        return true;
    }

    private static KNode? Substitute(KNode? value, Dictionary<string, KNode> values)
    {
        switch (value)
        {
            case KScalar { Node.Kind: ScalarKind.String } scalar when scalar.Value.Contains("$(", StringComparison.Ordinal):
                var text = scalar.Value;
                if (text.StartsWith("$(", StringComparison.Ordinal) && text.EndsWith(')') && text.IndexOf(')', StringComparison.Ordinal) == text.Length - 1
                    && values.TryGetValue(text[2..^1], out var whole))
                {
                    return whole;
                }

                var replaced = Expand(text, values);
                return replaced == text ? null : Scalars.String(replaced, scalar);
            case KSequence sequence:
                for (var i = 0; i < sequence.Count; i++)
                {
                    if (Substitute(sequence.Items[i], values) is { } item)
                    {
                        sequence.Items[i] = item;
                    }
                }

                return null;
            case KMap map:
                foreach (var entry in map.Entries)
                {
                    if (Substitute(entry.Value, values) is { } item)
                    {
                        entry.Value = item;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Expands <c>$(NAME)</c> as Kubernetes expands env references: <c>$$</c> escapes, unknown names stay.</summary>
    private static string Expand(string text, Dictionary<string, KNode> values)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length)
            {
                if (text[i + 1] == '$')
                {
                    result.Append('$');
                    i++;
                    continue;
                }

                if (text[i + 1] == '(' && text.IndexOf(')', i + 2) is var close and > 0)
                {
                    var name = text[(i + 2)..close];
                    if (values.TryGetValue(name, out var node))
                    {
                        result.Append(Scalars.TextOf(node));
                        i = close;
                        continue;
                    }
                }
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}
