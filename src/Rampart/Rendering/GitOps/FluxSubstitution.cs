using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Flux's post-build substitution on rendered objects. Flux substitutes the text of each object and parses it again,
/// so a plain scalar that becomes <c>3</c> is the integer 3 and one that becomes <c>true</c> a boolean, while a quoted
/// one stays a string. An object labelled or annotated <c>kustomize.toolkit.fluxcd.io/substitute: disabled</c> is left
/// as it is. A substituted scalar stands at the line that defined its (first) variable; one that took a default stays
/// at its own line.
/// </summary>
internal sealed class FluxSubstitution(IReadOnlyDictionary<string, FluxVariable> variables, FluxLimits limits)
{
    public const string OptOut = "kustomize.toolkit.fluxcd.io/substitute";

    private readonly Dictionary<string, NodeOrigin> origins = new(StringComparer.Ordinal);
    private readonly YamlLoader loader = new();
    private long written;

    /// <summary>The object with its variables substituted, or null (with a finding) when Flux would fail on it.</summary>
    public RenderedObject? Apply(RenderedObject rendered, List<Finding> findings)
    {
        var metadata = rendered.Root["metadata"];
        if (FluxSpec.Text(metadata, "labels", OptOut) == "disabled" || FluxSpec.Text(metadata, "annotations", OptOut) == "disabled")
        {
            return rendered;
        }

        var root = Walk(rendered.Root, isKey: false, findings);
        return root is MappingNode map ? rendered with { Root = map } : null;
    }

    private Node? Walk(Node node, bool isKey, List<Finding> findings)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return Scalar(scalar, isKey, findings);
            case SequenceNode sequence:
                var items = new List<Node>(sequence.Count);
                foreach (var item in sequence.Items)
                {
                    if (Walk(item, false, findings) is not { } done)
                    {
                        return null;
                    }

                    items.Add(done);
                }

                return new SequenceNode(sequence.Start, sequence.End, items) { Tag = sequence.Tag, Origin = sequence.Origin };
            case MappingNode map:
                var entries = new List<MappingEntry>(map.Count);
                foreach (var entry in map.Entries)
                {
                    if (Walk(entry.Key, true, findings) is not { } key || Walk(entry.Value, false, findings) is not { } value)
                    {
                        return null;
                    }

                    entries.Add(new MappingEntry(key, value));
                }

                return new MappingNode(map.Start, map.End, entries) { Tag = map.Tag, Origin = map.Origin };
            default:
                return node;
        }
    }

    private ScalarNode? Scalar(ScalarNode scalar, bool isKey, List<Finding> findings)
    {
        var result = Envsubst.Apply(scalar.Text, variables);
        if (result.Error is not null)
        {
            findings.Add(FluxRules.At(FluxRules.Substitution, scalar.Origin?.Path ?? "", scalar.Start.Line, "variable substitution failed: " + result.Error));
            return null;
        }

        if (!result.Changed)
        {
            return scalar;
        }

        written += result.Text.Length;
        if (written > limits.MaxSubstitutedChars)
        {
            findings.Add(FluxRules.At(FluxRules.Substitution, scalar.Origin?.Path ?? "", scalar.Start.Line, $"substitution wrote more than {limits.MaxSubstitutedChars} characters; it was stopped"));
            return null;
        }

        var origin = result.Source is { } v ? OriginOf(v.File) : scalar.Origin;
        var start = result.Source is { } w ? new Mark(w.Line, 1) : scalar.Start;
        var end = result.Source is null ? scalar.End : start;
        if (isKey || scalar.Style != ScalarStyle.Plain || Resolve(result.Text) is not { } typed)
        {
            var kind = !isKey && scalar.Style == ScalarStyle.Plain && result.Text.Length == 0 ? ScalarKind.Null : ScalarKind.String;
            return new ScalarNode(start, end, result.Text, scalar.Style, kind) { Tag = scalar.Tag, Origin = origin };
        }

        return new ScalarNode(start, end, typed.Text, ScalarStyle.Plain, typed.Kind)
        {
            Tag = scalar.Tag, Origin = origin, Bool = typed.Bool, Int = typed.Int, UInt = typed.UInt, IsUnsigned = typed.IsUnsigned, Float = typed.Float,
        };
    }

    /// <summary>A plain scalar's new text read as YAML reads it (<c>3</c> an integer, <c>true</c> a boolean); null when it is not one scalar.</summary>
    private ScalarNode? Resolve(string text)
    {
        if (text.Length == 0 || text.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var document = loader.Load("substitution", "v: " + text).FirstOrDefault();
        return document is { Problems.Count: 0, Root: MappingNode { Count: 1 } map } && map["v"] is ScalarNode s ? s : null;
    }

    private NodeOrigin OriginOf(string file)
    {
        if (!origins.TryGetValue(file, out var origin))
        {
            origin = new NodeOrigin(file);
            origins[file] = origin;
        }

        return origin;
    }
}
