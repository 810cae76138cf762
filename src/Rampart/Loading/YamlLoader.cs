using System.Globalization;
using System.Text;
using Rampart.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rampart.Loading;

/// <summary>
/// Reads YAML (and JSON, which it parses as YAML) into positioned trees, one document at a time.
/// Never throws for bad input: every problem becomes a finding on the document it belongs to.
/// </summary>
public sealed class YamlLoader(LoadLimits limits)
{
    public YamlLoader()
        : this(LoadLimits.Default)
    {
    }

    public LoadLimits Limits { get; } = limits;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every document of <paramref name="text"/>; <paramref name="path"/> names it in findings.</summary>
    public IEnumerable<LoadedDocument> Load(string path, string text) =>
        Load(path, new StringReader(text));

    /// <summary>Loads every document of a UTF-8 file (invalid UTF-8 becomes a finding).</summary>
    public IEnumerable<LoadedDocument> Load(string path, Stream utf8) =>
        Load(path, new StreamReader(utf8, StrictUtf8, detectEncodingFromByteOrderMarks: true));

    private IEnumerable<LoadedDocument> Load(string path, TextReader reader)
    {
        var parser = new Parser(reader);
        var index = 0;
        while (true)
        {
            LoadedDocument? document;
            var done = false;
            try
            {
                document = ReadNext(parser, path, index);
                done = document is null;
            }
            catch (YamlException e)
            {
                document = Broken(path, index, e.Start.Line, e.Start.Column, e.Message);
                done = true;
            }
            catch (DecoderFallbackException e)
            {
                document = Broken(path, index, 0, 0, $"file is not valid UTF-8: {e.Message}");
                done = true;
            }

            if (document is not null)
            {
                yield return document;
                index++;
            }

            if (done)
            {
                yield break;
            }
        }
    }

    private LoadedDocument? ReadNext(Parser parser, string path, int index)
    {
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case StreamStart:
                case DocumentEnd:
                    continue;
                case StreamEnd:
                    return null;
                case DocumentStart start:
                    var builder = new TreeBuilder(path, Limits.MaxDepth);
                    parser.MoveNext();
                    Node? root = parser.Current is DocumentEnd ? null : builder.Read(parser, 0);
                    return new LoadedDocument(path, index, root, builder.Problems)
                    {
                        Start = new Mark((int)start.Start.Line, (int)start.Start.Column),
                    };
            }
        }

        return null;
    }

    private static LoadedDocument Broken(string path, int index, long line, long column, string message) =>
        new(path, index, null, [LoadProblems.Create(path, line, column, "RMP-LOAD-001", "YAML syntax error", message)]);

    private sealed class TreeBuilder(string path, int maxDepth)
    {
        private readonly Dictionary<string, Node> anchors = new(StringComparer.Ordinal);

        public List<Finding> Problems { get; } = [];

        public Node Read(IParser parser, int depth)
        {
            if (depth > maxDepth)
            {
                var at = parser.Current!.Start;
                throw new YamlException(at, at, $"nesting deeper than {maxDepth} levels");
            }

            var current = parser.Current!;
            var start = new Mark((int)current.Start.Line, (int)current.Start.Column);
            switch (current)
            {
                case Scalar scalar:
                {
                    var node = ScalarResolver.Resolve(scalar, start, new Mark((int)current.End.Line, (int)current.End.Column));
                    Remember(scalar.Anchor, node);
                    return node;
                }

                case AnchorAlias alias:
                    if (anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return target;
                    }

                    throw new YamlException(current.Start, current.End, $"unknown alias '{alias.Value.Value}'");

                case SequenceStart seq:
                {
                    var items = new List<Node>();
                    while (parser.MoveNext() && parser.Current is not SequenceEnd)
                    {
                        items.Add(Read(parser, depth + 1));
                    }

                    var end = parser.Current!.End;
                    var node = new SequenceNode(start, new Mark((int)end.Line, (int)end.Column), items) { Tag = TagOf(seq.Tag) };
                    Remember(seq.Anchor, node);
                    return node;
                }

                case MappingStart map:
                {
                    var entries = new List<MappingEntry>();
                    var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                    while (parser.MoveNext() && parser.Current is not MappingEnd)
                    {
                        var key = Read(parser, depth + 1);
                        parser.MoveNext();
                        var value = Read(parser, depth + 1);
                        if (key is ScalarNode k)
                        {
                            if (seen.TryGetValue(k.Text, out var previous))
                            {
                                Problems.Add(LoadProblems.Create(path, k.Start.Line, k.Start.Column, "RMP-LOAD-002", "Duplicate key",
                                    $"key '{k.Text}' is repeated; the value from line {k.Start.Line} replaces the one from line {entries[previous].Key.Start.Line}"));
                                entries[previous] = new MappingEntry(key, value);
                                continue;
                            }

                            seen[k.Text] = entries.Count;
                        }

                        entries.Add(new MappingEntry(key, value));
                    }

                    var end = parser.Current!.End;
                    var node = new MappingNode(start, new Mark((int)end.Line, (int)end.Column), entries) { Tag = TagOf(map.Tag) };
                    Remember(map.Anchor, node);
                    return node;
                }

                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private void Remember(AnchorName anchor, Node node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;
    }
}

internal static class LoadProblems
{
    public static Finding Create(string path, long line, long column, string ruleId, string title, string message) => new()
    {
        RuleId = ruleId,
        Title = title,
        Category = Category.Schema,
        Severity = Severity.High,
        Message = message,
        Location = new SourceLocation(path, (int)line, (int)column),
        Responsibility = Responsibility.Developers,
    };
}

/// <summary>Resolves plain scalars the way go-yaml v2 (YAML 1.1) does; quoted scalars are strings.</summary>
internal static class ScalarResolver
{
    public static ScalarNode Resolve(Scalar scalar, Mark start, Mark end)
    {
        var style = scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
            YamlDotNet.Core.ScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
            YamlDotNet.Core.ScalarStyle.Literal => ScalarStyle.Literal,
            YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Folded,
            _ => ScalarStyle.Plain,
        };
        var text = scalar.Value;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (style != ScalarStyle.Plain || tag is not null)
        {
            return new ScalarNode(start, end, text, style, ScalarKind.String) { Tag = tag };
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new ScalarNode(start, end, text, style, ScalarKind.Null);
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y":
                return new ScalarNode(start, end, text, style, ScalarKind.Bool) { Bool = true };
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N":
                return new ScalarNode(start, end, text, style, ScalarKind.Bool) { Bool = false };
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return new ScalarNode(start, end, text, style, ScalarKind.Int) { Int = i };
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && (char.IsDigit(text[^1]) || text[^1] == '.'))
        {
            return new ScalarNode(start, end, text, style, ScalarKind.Float) { Float = d };
        }

        return new ScalarNode(start, end, text, style, ScalarKind.String);
    }
}
