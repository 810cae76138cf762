using Rampart.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rampart.Loading;

/// <summary>
/// Parses the documents of a chunk with YamlDotNet's low-level parser and builds their trees. Whatever the
/// parser throws becomes a finding on the document it was reading, and parsing resumes at the next document
/// of the chunk. Documents are numbered across the file. A document that holds a Go template action outside
/// scalars is marked (<see cref="LoadedDocument.TemplateAction"/>), whether it parsed or failed.
/// </summary>
/// <param name="json">The file is JSON (it starts with <c>{</c>): YAML 1.1 ambiguities are not reported.</param>
/// <param name="origin">Given to every node (trees loaded for rendering), or null.</param>
/// <param name="counts">Counts the documents each reader read, or null (tests compare the readers).</param>
/// <param name="blockReader">
/// Whether documents in plain block style are read by <see cref="BlockReader"/>, the full parser taking the rest; off
/// only to compare the two readers.
/// </param>
internal sealed class ChunkParser(string path, LoadLimits limits, bool json = false, NodeOrigin? origin = null,
    ReaderCounts? counts = null, bool blockReader = true)
{
    private readonly TreeBuilder builder = new(limits, reportAmbiguity: !json, origin);
    private readonly BlockReader? block = blockReader ? new(limits, reportAmbiguity: !json, origin) : null;
    private int index;

    /// <summary>The index the next document will get.</summary>
    public int NextIndex => index;

    public void Parse(DocumentChunk chunk, List<LoadedDocument> output)
    {
        if (chunk.Problem is not null)
        {
            output.Add(new LoadedDocument(path, index++, null, [chunk.Problem]) { Start = new Mark(chunk.FirstLine, 1) });
            return;
        }

        var first = output.Count;
        var part = ReadBlocks(chunk, output);
        while (part < chunk.Offsets.Length)
        {
            if (ParseFrom(chunk, part, output) is not { } failure)
            {
                break;
            }

            part = NextPart(chunk, part, failure);
        }

        CommentDirectives.Attach(path, chunk, output, first, origin);
    }

    /// <summary>
    /// Reads the documents of the chunk with <see cref="BlockReader"/>; returns the part from which the full parser must
    /// read the chunk: past the end when every document was read, otherwise 0. When one document is not for the block
    /// reader, the documents read before it are dropped and the full parser reads the whole chunk, as it would have:
    /// where YamlDotNet places some nodes depends on where its parse started.
    /// </summary>
    private int ReadBlocks(DocumentChunk chunk, List<LoadedDocument> output)
    {
        if (block is null)
        {
            return 0;
        }

        var parts = chunk.Offsets.Length;
        var (first, firstIndex) = (output.Count, index);
        for (var part = 0; part < parts; part++)
        {
            var stop = part + 1 < parts ? chunk.Offsets[part + 1] : chunk.Text.Length;
            Mark? after = part + 1 < parts ? new Mark(chunk.Lines[part + 1], 1) : null;
            var problems = new List<Finding>();
            switch (block.Read(path, chunk.Text, chunk.Offsets[part], stop, chunk.Lines[part], after, problems, out var root, out var start))
            {
                case BlockOutcome.Read:
                    output.Add(new LoadedDocument(path, index++, root, problems) { Start = start });
                    break;
                case BlockOutcome.Nothing:
                    break;
                default:
                    output.RemoveRange(first, output.Count - first);
                    index = firstIndex;
                    counts?.Count(fast: false, parts);
                    return 0;
            }
        }

        counts?.Count(fast: true, parts);
        return parts;
    }

    /// <summary>
    /// Parses from document <paramref name="part"/> on; returns where it failed, or null at the end. A double-quoted
    /// scalar or a flow collection whose continuation lines are indented less than YAML asks is read as Kubernetes reads
    /// it (see <see cref="ContinuationIndent"/>): the lines are indented and the part parsed again, as often as
    /// <see cref="RepairBudget"/> allows.
    /// </summary>
    private Failure? ParseFrom(DocumentChunk chunk, int part, List<LoadedDocument> output)
    {
        var offset = chunk.Offsets[part];
        var text = offset == 0 ? chunk.Text : chunk.Text[offset..];
        var (documents, first) = (output.Count, index);
        var allowed = Math.Max(MinRepairs, RepairBudget / Math.Max(1, text.Length));
        Dictionary<int, int>? indented = null; // made only when a part needs repair: most never do
        try
        {
            for (var repairs = 0; ; repairs++)
            {
                var failure = ParseText(chunk, part, text, output, out var underIndented);
                if (underIndented is not { } site || repairs == allowed || ContinuationIndent.Repair(text, site, indented ??= []) is not { } repaired)
                {
                    return failure;
                }

                output.RemoveRange(documents, output.Count - documents);
                index = first;
                text = repaired;
                builder.Indented = indented;
            }
        }
        finally
        {
            builder.Indented = null;
        }
    }

    /// <summary>
    /// Each repair costs a parse of the part, so a part may have as many repaired as keep the characters parsed again
    /// under this budget (and at least <see cref="MinRepairs"/>); past that the parser's error is reported.
    /// </summary>
    private const int RepairBudget = 4 << 20;

    private const int MinRepairs = 16;

    private Failure? ParseText(DocumentChunk chunk, int part, string text, List<LoadedDocument> output, out ContinuationIndent.Site? underIndented)
    {
        underIndented = null;
        var lines = chunk.Lines[part] - 1;
        var parser = new Parser(new StringReader(text));
        List<Finding>? problems = null;
        var start = new Mark(chunk.Lines[part], 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is not DocumentStart documentStart)
                {
                    continue;
                }

                problems = [];
                start = new Mark((int)documentStart.Start.Line + lines, builder.ColumnOf(documentStart.Start.Line, documentStart.Start.Column));
                var complete = builder.Build(parser, path, lines, problems, out var root);
                var reached = complete ? (int)(parser.Current?.Start.Line ?? 0) + lines : problems[^1].Location.Line;
                if (Overrun(chunk, output, start, reached) is { } overrun)
                {
                    return overrun;
                }

                output.Add(new LoadedDocument(path, index++, complete ? root : null, problems) { Start = start, TemplateAction = builder.TemplateAction });
                if (!complete)
                {
                    return new Failure(start.Line, problems[^1].Location.Line);
                }

                problems = null;
            }

            return null;
        }
        catch (YamlException e)
        {
            underIndented = ContinuationIndent.OfQuoted(e);
            var at = Locate(Problem(e, text), text, lines);
            return (problems is null ? null : Overrun(chunk, output, start, at.Line))
                ?? Fail(chunk, output, problems, start, LoadRules.Finding(LoadRules.SyntaxError, path, at, Describe(e)));
        }
#pragma warning disable CA1031 // The parser is third-party code fed hostile input: any failure is a finding, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            underIndented = e is InvalidOperationException && parser.Current is { } stood ? ContinuationIndent.OfFlow(text, (int)stood.Start.Index) : null;
            var at = parser.Current is { } last ? Locate(last.End, text, lines) : start;
            return (problems is null ? null : Overrun(chunk, output, start, at.Line))
                ?? Fail(chunk, output, problems, start, LoadRules.Finding(LoadRules.ParserFailure, path, at,
                    $"the YAML parser failed after this point ({e.GetType().Name}: {e.Message}); the document was not loaded"));
        }
    }

    /// <summary>
    /// YAML ends a document at a marker that starts a line, whatever the document is in the middle of, and the splitter
    /// cut the chunk there; but YamlDotNet reads a block scalar whose lines are not indented on past such a marker and
    /// would take the documents after it for text. When the parser has <paramref name="reached"/> a line past the next
    /// marker, the document is reported where it starts and parsing resumes at the marker.
    /// </summary>
    private Failure? Overrun(DocumentChunk chunk, List<LoadedDocument> output, Mark start, int reached)
    {
        var next = Array.BinarySearch(chunk.Lines, start.Line + 1);
        next = next < 0 ? ~next : next;
        if (next == chunk.Lines.Length || reached <= chunk.Lines[next])
        {
            return null;
        }

        var marker = chunk.Lines[next];

        var problem = LoadRules.Finding(LoadRules.SyntaxError, path, start,
            $"the document does not end at the document marker on line {marker}, as YAML requires (a block scalar whose lines are not indented); Kubernetes rejects it; the document was not loaded");
        output.Add(new LoadedDocument(path, index++, null, [problem]) { Start = start });
        return new Failure(start.Line, marker);
    }

    /// <summary>The first document that starts after the failed one and not before the failure.</summary>
    private static int NextPart(DocumentChunk chunk, int part, Failure failure)
    {
        for (var i = part + 1; i < chunk.Lines.Length; i++)
        {
            if (chunk.Lines[i] > failure.DocumentLine && chunk.Lines[i] >= failure.Line)
            {
                return i;
            }
        }

        return chunk.Lines.Length;
    }

    private Failure Fail(DocumentChunk chunk, List<LoadedDocument> output, List<Finding>? problems, Mark start, Finding failure)
    {
        problems ??= [];
        problems.Add(failure);
        output.Add(new LoadedDocument(path, index++, null, problems) { Start = start, TemplateAction = TemplateIn(chunk, start.Line) });
        return new Failure(start.Line, failure.Location.Line);
    }

    /// <summary>The first template action outside scalars in the document of <paramref name="chunk"/> that starts on <paramref name="line"/>.</summary>
    private static Mark? TemplateIn(DocumentChunk chunk, int line)
    {
        var part = 0;
        while (part + 1 < chunk.Lines.Length && chunk.Lines[part + 1] <= line)
        {
            part++;
        }

        var end = part + 1 < chunk.Offsets.Length ? chunk.Offsets[part + 1] : chunk.Text.Length;
        var found = TemplateActions.FindLine(chunk.Text.AsSpan(chunk.Offsets[part], end - chunk.Offsets[part]));
        return found == 0 ? null : new Mark(chunk.Lines[part] + found - 1, 1);
    }

    /// <summary>
    /// A position of the parser in the file. At the end of the text the parser stands on a line of its own making (it
    /// ends the stream with a line break, and the text may end with blank lines): what a reader sees is the end of the
    /// text's last non-blank line, so a document cut short is reported there, not on a line the file does not have.
    /// </summary>
    private Mark Locate(YamlDotNet.Core.Mark mark, string text, int lines)
    {
        if (mark.Index < text.Length)
        {
            return new Mark((int)mark.Line + lines, builder.ColumnOf(mark.Line, mark.Column));
        }

        var end = text.AsSpan().TrimEnd().Length;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (DocumentSplitter.EndsLine(text, i))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Mark(line + lines, builder.ColumnOf(line, end - lineStart + 1));
    }

    /// <summary>
    /// Where a parser error is. YamlDotNet gives the start of the construct it was reading (a quoted scalar: where
    /// the quote opens) and the place of the problem; when the construct is the document's root mapping, its start is
    /// the document's first line whatever went wrong (a tab as indentation forty lines down), so the problem's place
    /// is where the error is.
    /// </summary>
    /// <remarks>
    /// YamlDotNet reports a tab used as indentation with both places at the mapping's start, so for that error the
    /// first line indented with a tab is where it is.
    /// </remarks>
    private static YamlDotNet.Core.Mark Problem(YamlException e, string text)
    {
        if (!text.AsSpan(0, (int)Math.Min(e.Start.Index, text.Length)).IsWhiteSpace())
        {
            return e.Start;
        }

        if (e.End.Index > e.Start.Index)
        {
            return e.End;
        }

        return e.Message.Contains("tab", StringComparison.Ordinal) && FirstTabIndent(text) is { } tab ? tab : e.Start;
    }

    /// <summary>The first tab in the indentation of a line, as a parser mark (1-based line and column).</summary>
    private static YamlDotNet.Core.Mark? FirstTabIndent(string text)
    {
        var line = 1;
        var atIndent = true;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (DocumentSplitter.EndsLine(text, i))
            {
                line++;
                lineStart = i + 1;
                atIndent = true;
            }
            else if (atIndent && c == '\t')
            {
                return new YamlDotNet.Core.Mark(i, line, i - lineStart + 1);
            }
            else if (c != ' ')
            {
                atIndent = false;
            }
        }

        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        return string.IsNullOrWhiteSpace(message) ? "the document is not valid YAML" : message.TrimEnd('.') + "; the document was not loaded";
    }

    private readonly record struct Failure(int DocumentLine, int Line);
}
