using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Makes a scalar node from its text, resolved as Kubernetes reads it, and reports what is wrong or ambiguous about
/// it: one place for every reader, so that a tree reads the same whichever reader built it.
/// </summary>
internal static class ScalarNodes
{
    /// <param name="isKey">The scalar is a mapping key (an ambiguous key is described with the text it becomes).</param>
    public static ScalarNode Create(string value, ScalarStyle style, string? tag, Mark start, Mark end, NodeOrigin? origin,
        bool reportAmbiguity, bool isKey, string path, List<Finding> problems)
    {
        var resolved = ScalarResolver.Resolve(value, style == ScalarStyle.Plain, tag);
        var node = new ScalarNode(start, end, resolved.Text ?? value, style, resolved.Kind)
        {
            Tag = tag,
            Origin = origin,
            Bool = resolved.Bool,
            Int = resolved.Int,
            UInt = resolved.UInt,
            IsUnsigned = resolved.IsUnsigned,
            Float = resolved.Float,
        };
        var notFinite = resolved.Kind == ScalarKind.Float && !double.IsFinite(resolved.Float);
        if (resolved.TagError is not null || (resolved.Ambiguity is not null && reportAmbiguity) || notFinite)
        {
            Report(node, resolved, reportAmbiguity, isKey, path, problems);
        }

        return node;
    }

    private static void Report(ScalarNode node, in ScalarResolution resolved, bool reportAmbiguity, bool isKey, string path, List<Finding> problems)
    {
        if (resolved.TagError is not null)
        {
            problems.Add(LoadRules.Finding(LoadRules.TagMismatch, path, node.Start, resolved.TagError + "; Kubernetes rejects the document"));
        }

        if (resolved.Kind == ScalarKind.Float && !double.IsFinite(resolved.Float))
        {
            problems.Add(LoadRules.Finding(LoadRules.NotJsonNumber, path, node.Start,
                $"`{node.Text}` is a YAML float with no JSON form; Kubernetes cannot convert the document to JSON"));
        }

        if (resolved.Ambiguity is not null && reportAmbiguity)
        {
            problems.Add(LoadRules.Finding(LoadRules.AmbiguousValue, path, node.Start, isKey
                ? $"{resolved.Ambiguity}; as a key it becomes \"{FindingText.Cut(node.KeyText ?? "")}\". Quote it if it is text"
                : $"{resolved.Ambiguity}. Quote it if it is text"));
        }
    }
}
