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
internal sealed class ChunkParser(string path, LoadLimits limits, bool json = false, NodeOrigin? origin = null)
{
    private readonly TreeBuilder builder = new(limits, reportAmbiguity: !json, origin);
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

        var part = 0;
        while (part < chunk.Offsets.Length)
        {
            if (ParseFrom(chunk, part, output) is not { } failure)
            {
                return;
            }

            part = NextPart(chunk, part, failure);
        }
    }

    /// <summary>Parses from document <paramref name="part"/> on; returns where it failed, or null at the end.</summary>
    private Failure? ParseFrom(DocumentChunk chunk, int part, List<LoadedDocument> output)
    {
        var offset = chunk.Offsets[part];
        var lines = chunk.Lines[part] - 1;
        var parser = new Parser(new StringReader(offset == 0 ? chunk.Text : chunk.Text[offset..]));
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
                start = new Mark((int)documentStart.Start.Line + lines, (int)documentStart.Start.Column);
                var complete = builder.Build(parser, path, lines, problems, out var root);
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
            var at = new Mark((int)e.Start.Line + lines, (int)e.Start.Column);
            return Fail(chunk, output, problems, start, LoadRules.Finding(LoadRules.SyntaxError, path, at, Describe(e)));
        }
#pragma warning disable CA1031 // The parser is third-party code fed hostile input: any failure is a finding, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var at = parser.Current is { } last ? new Mark((int)last.End.Line + lines, (int)last.End.Column) : start;
            return Fail(chunk, output, problems, start, LoadRules.Finding(LoadRules.ParserFailure, path, at,
                $"the YAML parser failed after this point ({e.GetType().Name}: {e.Message}); the document was not loaded"));
        }
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

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        return string.IsNullOrWhiteSpace(message) ? "the document is not valid YAML" : message.TrimEnd('.') + "; the document was not loaded";
    }

    private readonly record struct Failure(int DocumentLine, int Line);
}
