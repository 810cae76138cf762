using Rampart.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Rampart.Loading;

/// <summary>
/// Turns the parser events of one document into a positioned tree, without recursion: open collections live on
/// an explicit stack, their items on a shared node stack, so nesting costs no call depth and no per-collection
/// list. Aliases are shared references, never copies; the nodes they would expand to are counted against
/// <see cref="LoadLimits.MaxExpandedNodes"/>. One builder is reused for every document of a file.
/// </summary>
internal sealed class TreeBuilder
{
    private readonly LoadLimits limits;
    private readonly bool reportAmbiguity;
    private readonly NodeOrigin? origin;
    private readonly MappingAssembler assembler;
    private readonly Dictionary<string, Anchored> anchors = new(StringComparer.Ordinal);
    private Frame[] frames = new Frame[16];
    private Node[] items = new Node[256];
    private int depth;
    private int top;
    private int lineOffset;
    private long expansion;
    private string path = "";
    private List<Finding> problems = [];
    private Node? root;
    private readonly TemplateBraces braces = new();

    /// <param name="reportAmbiguity">
    /// False for JSON input: Kubernetes decodes a stream that starts with <c>{</c> as JSON, so YAML 1.1 readings
    /// (<c>on</c>, <c>0644</c>, <c>1e3</c>) are never in play there.
    /// </param>
    /// <param name="origin">Given to every node built (trees loaded for rendering), or null.</param>
    public TreeBuilder(LoadLimits limits, bool reportAmbiguity = true, NodeOrigin? origin = null)
    {
        this.limits = limits;
        this.reportAmbiguity = reportAmbiguity;
        this.origin = origin;
        assembler = new MappingAssembler(this);
    }

    public string Path => path;

    /// <summary>
    /// Where the last document built holds a Go template action outside scalars that still parses (see
    /// <see cref="TemplateBraces"/>); null when there is none.
    /// </summary>
    public Mark? TemplateAction => braces.Line < 0 ? null : At(braces.Line, braces.Column);

    /// <summary>
    /// Spaces put at the start of lines of the text being parsed (its line, from 1 → how many), which the parser's
    /// columns must give back; null when the text is as written (see <see cref="ContinuationIndent"/>).
    /// </summary>
    public IReadOnlyDictionary<int, int>? Indented { get; set; }

    /// <summary>
    /// Reads events up to and including the DocumentEnd of the document whose DocumentStart is current.
    /// Returns false when the document had to be abandoned (too deep, alias bomb, unknown alias): the caller
    /// must not read further events from this parser.
    /// </summary>
    public bool Build(IParser parser, string file, int lines, List<Finding> found, out Node? document)
    {
        path = file;
        lineOffset = lines;
        problems = found;
        anchors.Clear();
        depth = 0;
        top = 0;
        expansion = 0;
        root = null;
        document = null;
        braces.Reset();
        while (parser.MoveNext())
        {
            braces.See(parser.Current!);
            switch (parser.Current)
            {
                case Scalar scalar:
                    var node = CreateScalar(scalar);
                    Remember(scalar.Anchor, node, 1);
                    Add(node, 1);
                    break;
                case AnchorAlias alias:
                    if (!Alias(alias))
                    {
                        return false;
                    }

                    break;
                case SequenceStart start:
                    if (!Open(start, isMapping: false, start.Tag, start.Anchor))
                    {
                        return false;
                    }

                    break;
                case MappingStart start:
                    if (!Open(start, isMapping: true, start.Tag, start.Anchor))
                    {
                        return false;
                    }

                    break;
                case SequenceEnd end:
                    CloseSequence(end);
                    break;
                case MappingEnd end:
                    if (!CloseMapping(end))
                    {
                        return false;
                    }

                    break;
                case DocumentEnd:
                    document = IsEmpty(root) ? null : root;
                    return true;
            }
        }

        document = root;
        return true;
    }

    public Mark MarkOf(YamlDotNet.Core.Mark mark) => At(mark.Line, mark.Column);

    /// <summary>A position of the parser as a position in the file: lines offset, columns of indented lines given back.</summary>
    public Mark At(long line, long column) => new((int)line + lineOffset, ColumnOf(line, column));

    /// <summary>A column of the parser on <paramref name="line"/> of the text parsed, as a column of the line as written.</summary>
    public int ColumnOf(long line, long column) =>
        Indented is { } indented && indented.TryGetValue((int)line, out var added) ? Math.Max(1, (int)column - added) : (int)column;

    public void Report(RuleDescriptor rule, Mark at, string message) => problems.Add(LoadRules.Finding(rule, path, at, message));

    /// <summary>Counts nodes that following aliases or merges would create; false once over the budget.</summary>
    public bool Spend(long nodes, Mark at)
    {
        expansion += nodes;
        if (expansion <= limits.MaxExpandedNodes)
        {
            return true;
        }

        Report(LoadRules.AliasBomb, at,
            $"following the aliases and merge keys of this document would create more than {limits.MaxExpandedNodes:N0} nodes; the document was not loaded");
        return false;
    }

    private bool Alias(AnchorAlias alias)
    {
        var at = MarkOf(alias.Start);
        if (!anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Report(LoadRules.UnknownAlias, at, $"alias '*{alias.Value.Value}' refers to no anchor defined before it in this document; Kubernetes rejects the document");
            return false;
        }

        if (!Spend(target.Size, at))
        {
            return false;
        }

        Add(target.Node, target.Size);
        return true;
    }

    private bool Open(ParsingEvent start, bool isMapping, TagName tag, AnchorName anchor)
    {
        if (depth >= limits.MaxDepth)
        {
            Report(LoadRules.TooDeep, MarkOf(start.Start), $"collections nest deeper than {limits.MaxDepth} levels; the document was not loaded");
            return false;
        }

        if (depth == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        frames[depth++] = new Frame(isMapping, MarkOf(start.Start), ShortTag(tag), anchor.IsEmpty ? null : anchor.Value, top);
        return true;
    }

    private void CloseSequence(ParsingEvent end)
    {
        ref var frame = ref frames[--depth];
        var children = new Node[top - frame.First];
        Array.Copy(items, frame.First, children, 0, children.Length);
        Array.Clear(items, frame.First, children.Length);
        top = frame.First;
        var node = new SequenceNode(frame.Start, MarkOf(end.End), children) { Tag = frame.Tag, Origin = origin };
        Finish(node, frame);
    }

    private bool CloseMapping(ParsingEvent end)
    {
        ref var frame = ref frames[--depth];
        var pairs = new ReadOnlySpan<Node>(items, frame.First, top - frame.First);
        var entries = assembler.Assemble(pairs);
        Array.Clear(items, frame.First, pairs.Length);
        top = frame.First;
        if (entries is null)
        {
            return false;
        }

        var node = new MappingNode(frame.Start, MarkOf(end.End), entries) { Tag = frame.Tag, Origin = origin };
        Finish(node, frame);
        return true;
    }

    private void Finish(Node node, in Frame frame)
    {
        if (frame.Anchor is not null)
        {
            anchors[frame.Anchor] = new Anchored(node, frame.Size);
        }

        Add(node, frame.Size);
    }

    private void Add(Node node, long size)
    {
        if (depth == 0)
        {
            root = node;
            return;
        }

        if (top == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[top++] = node;
        frames[depth - 1].Size += size;
    }

    private void Remember(AnchorName anchor, Node node, long size)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = new Anchored(node, size);
        }
    }

    private ScalarNode CreateScalar(Scalar scalar)
    {
        var style = scalar.Style switch
        {
            YamlScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
            YamlScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
            YamlScalarStyle.Literal => ScalarStyle.Literal,
            YamlScalarStyle.Folded => ScalarStyle.Folded,
            _ => ScalarStyle.Plain,
        };
        var isKey = depth > 0 && frames[depth - 1].IsMapping && (top - frames[depth - 1].First) % 2 == 0;
        return ScalarNodes.Create(scalar.Value, style, ShortTag(scalar.Tag), MarkOf(scalar.Start), MarkOf(scalar.End), origin,
            reportAmbiguity, isKey, path, problems);
    }

    private static bool IsEmpty(Node? node) =>
        node is ScalarNode { Style: ScalarStyle.Plain, Text.Length: 0, Tag: null };

    internal static string? ShortTag(TagName tag)
    {
        if (tag.IsEmpty)
        {
            return null;
        }

        const string Prefix = "tag:yaml.org,2002:";
        var value = tag.Value;
        return value.StartsWith(Prefix, StringComparison.Ordinal) ? string.Concat("!!", value.AsSpan(Prefix.Length)) : value;
    }

    private readonly record struct Anchored(Node Node, long Size);

    private record struct Frame(bool IsMapping, Mark Start, string? Tag, string? Anchor, int First)
    {
        public long Size { get; set; } = 1;
    }
}
