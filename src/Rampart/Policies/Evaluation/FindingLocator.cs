using System.Text;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Loading;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// Turns a failure into a source location: the field the validation's location hint names, resolved from the
/// failing element (or from <c>object</c> or a variable), or its nearest existing parent when the field is
/// missing. The line is that of the field's key (<c>privileged: true</c>), or of the list item; the field path
/// is the full path of the named field, present or not.
/// </summary>
internal static class FindingLocator
{
    public static SourceLocation Locate(ObjectScope scope, PolicyValidation validation, FailureSite site)
    {
        var path = scope.Object.Path;
        var start = site.Element ?? scope.Object.Root;
        IReadOnlyList<FieldSegment> segments = [];
        if (validation.Field is { } field)
        {
            if (field.Root == PolicyEnvironment.Object)
            {
                start = scope.Object.Root;
                segments = field.Segments;
            }
            else if (field.Root == site.Item && site.Element is not null)
            {
                segments = field.Segments;
            }
            else if (field.Root.StartsWith(PolicyEnvironment.Variables + ".", StringComparison.Ordinal)
                && site.Activation.TryResolve(PolicyEnvironment.Variables, out var variables) && variables is CelMap map
                && map.TryGetValue(CelString.Of(field.Root[(PolicyEnvironment.Variables.Length + 1)..]), out var value)
                && NodeValues.NodeOf(value) is { } node)
            {
                start = node;
                segments = field.Segments;
            }
        }

        var paths = scope.Paths;
        paths.TryGet(start, out var fieldPath, out var key);
        var anchor = key ?? start;
        var current = start;
        var complete = true;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            Node? next = null;
            ScalarNode? nextKey = null;
            if (!complete || (next = Step(current, segment, out nextKey)) is null)
            {
                complete = false;
                fieldPath = NodePathIndex.Append(fieldPath, segment);
                continue;
            }

            current = next;
            paths.TryGet(current, out fieldPath, out _);
            anchor = nextKey ?? current;
        }

        return new SourceLocation(path, anchor.Start.Line, anchor.Start.Column, FieldPath: fieldPath);
    }

    /// <summary>
    /// Appends a description of the failing element for the message to <paramref name="text"/>
    /// (<c>containers[1] "sidecar"</c>); false, with <paramref name="text"/> left as it was, when there is none.
    /// </summary>
    public static bool Describe(ObjectScope scope, Node? element, StringBuilder text)
    {
        if (element is null || !scope.Paths.TryGet(element, out var path, out _) || path.Length == 0)
        {
            return false;
        }

        var bracket = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : path.Length;
        var dot = path.LastIndexOf('.', Math.Max(bracket - 1, 0));
        AppendShortened(text, path.AsSpan(dot + 1));
        if (element is MappingNode map && map["name"] is ScalarNode { Kind: ScalarKind.String } name)
        {
            AppendShortened(text.Append(" \""), name.Text).Append('"');
        }

        return true;
    }

    /// <summary>Names and keys are at most 63 or 253 characters in a valid object; a hostile one must not bloat the message.</summary>
    private static StringBuilder AppendShortened(StringBuilder text, ReadOnlySpan<char> name)
    {
        const int Keep = 60;
        if (name.Length <= Keep + 3)
        {
            return text.Append(name);
        }

        var cut = char.IsHighSurrogate(name[Keep - 1]) ? Keep - 1 : Keep;
        return text.Append(name[..cut]).Append('…');
    }

    private static Node? Step(Node node, FieldSegment segment, out ScalarNode? key)
    {
        key = null;
        if (segment.IsIndex)
        {
            return node is SequenceNode seq && segment.Index < seq.Count ? seq.Items[segment.Index] : null;
        }

        if (node is MappingNode map && map.TryGetEntry(segment.Key!, out var entry) && NodeValues.IsPresent(entry.Value))
        {
            key = entry.Key as ScalarNode;
            return entry.Value;
        }

        return null;
    }
}
