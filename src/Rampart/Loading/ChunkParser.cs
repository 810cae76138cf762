using Rampart.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rampart.Loading;

/// <summary>
/// Parses the documents of one chunk with YamlDotNet's low-level parser and builds their trees. Whatever the
/// parser throws becomes a finding on the document it was reading; documents are numbered across the file.
/// </summary>
internal sealed class ChunkParser(string path, LoadLimits limits)
{
    private readonly TreeBuilder builder = new(limits);
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

        var offset = chunk.FirstLine - 1;
        var parser = new Parser(new StringReader(chunk.Text));
        List<Finding>? problems = null;
        var start = new Mark(chunk.FirstLine, 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is not DocumentStart documentStart)
                {
                    continue;
                }

                problems = [];
                start = new Mark((int)documentStart.Start.Line + offset, (int)documentStart.Start.Column);
                var complete = builder.Build(parser, path, offset, problems, out var root);
                output.Add(new LoadedDocument(path, index++, complete ? root : null, problems) { Start = start });
                problems = null;
                if (!complete)
                {
                    return;
                }
            }
        }
        catch (YamlException e)
        {
            var at = new Mark((int)e.Start.Line + offset, (int)e.Start.Column);
            Fail(output, problems, start, LoadRules.Finding(LoadRules.SyntaxError, path, at, Describe(e)));
        }
#pragma warning disable CA1031 // The parser is third-party code fed hostile input: any failure is a finding, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var at = parser.Current is { } last ? new Mark((int)last.End.Line + offset, (int)last.End.Column) : start;
            Fail(output, problems, start, LoadRules.Finding(LoadRules.ParserFailure, path, at, $"the YAML parser failed after this point ({e.GetType().Name}: {e.Message}); the document was not loaded"));
        }
    }

    private void Fail(List<LoadedDocument> output, List<Finding>? problems, Mark start, Finding failure)
    {
        problems ??= [];
        problems.Add(failure);
        output.Add(new LoadedDocument(path, index++, null, problems) { Start = start });
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        return string.IsNullOrWhiteSpace(message) ? "the document is not valid YAML" : message.TrimEnd('.') + "; the document was not loaded";
    }
}
