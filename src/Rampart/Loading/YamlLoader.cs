using System.Text;
using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Reads YAML (and JSON, which it parses as YAML flow syntax) into positioned trees, one document at a time:
/// the file is cut at its document markers and each document is parsed on its own, so memory follows the
/// largest document, not the file, and a broken document does not hide the ones after it.
/// Never throws for bad input: every problem becomes a finding (see <see cref="LoadRules"/>) on the document
/// it belongs to, with path, line and column.
/// </summary>
public sealed class YamlLoader(LoadLimits limits)
{
    private const int BlockSize = 64 * 1024;

    /// <summary>How far into a file a NUL byte marks the whole file as binary (as git decides).</summary>
    private const int BinaryProbe = 8000;

    public YamlLoader()
        : this(LoadLimits.Default)
    {
    }

    public LoadLimits Limits { get; } = limits;

    /// <summary>
    /// Whether every node loaded carries the file it came from (<see cref="Node.Origin"/>), as rendering needs to
    /// trace a rendered field back to its line; off for a scan, whose trees then cost what they always did.
    /// </summary>
    public bool RecordOrigins { get; init; }

    /// <summary>Whether documents in plain block style skip the full parser (see <see cref="BlockReader"/>); off only to compare the readers.</summary>
    internal bool BlockReader { get; init; } = true;

    /// <summary>Counts the documents each reader took, or null.</summary>
    internal ReaderCounts? Counts { get; init; }

    /// <summary>Loads every document of <paramref name="text"/>; <paramref name="path"/> names it in findings.</summary>
    public IEnumerable<LoadedDocument> Load(string path, string text)
    {
        if (text.Length > Limits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > Limits.MaxFileBytes)
        {
            yield return FileProblem(path, LoadRules.FileTooLarge, new Mark(1, 1), TooLarge());
            yield break;
        }

        if (text.AsSpan(0, Math.Min(text.Length, BinaryProbe)).Contains('\0'))
        {
            yield return FileProblem(path, LoadRules.BinaryContent, new Mark(1, 1), "the file holds NUL bytes: it is binary content, not YAML");
            yield break;
        }

        using var splitter = new DocumentSplitter(path);
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        var parser = new ChunkParser(path, Limits, json: StartsAsJson(text.AsSpan(0, Math.Min(text.Length, BlockSize))), OriginOf(path), Counts, BlockReader);
        var chunks = new Queue<DocumentChunk>();
        var documents = new List<LoadedDocument>();
        while (position < text.Length)
        {
            var size = Math.Min(BlockSize, text.Length - position);
            splitter.Append(text.AsSpan(position, size), chunks);
            position += size;
            foreach (var document in Drain(chunks, parser, documents))
            {
                yield return document;
            }
        }

        splitter.Complete(chunks);
        foreach (var document in Drain(chunks, parser, documents))
        {
            yield return document;
        }
    }

    /// <summary>Loads every document of a UTF-8 file (invalid UTF-8 becomes a finding on its document).</summary>
    public IEnumerable<LoadedDocument> Load(string path, Stream utf8)
    {
        if (utf8.CanSeek && utf8.Length - utf8.Position > Limits.MaxFileBytes)
        {
            yield return FileProblem(path, LoadRules.FileTooLarge, new Mark(1, 1), TooLarge());
            yield break;
        }

        using var decoder = new Utf8Blocks(path, utf8);
        var start = decoder.Start();
        if (start is not null)
        {
            yield return FileProblem(path, start.Value.Rule, new Mark(1, 1), start.Value.Message);
            yield break;
        }

        using var splitter = new DocumentSplitter(path);
        var parser = new ChunkParser(path, Limits, decoder.StartsAsJson, OriginOf(path), Counts, BlockReader);
        var chunks = new Queue<DocumentChunk>();
        var documents = new List<LoadedDocument>();
        while (decoder.Next(splitter, chunks))
        {
            var tooLarge = decoder.BytesRead > Limits.MaxFileBytes;
            if (tooLarge)
            {
                splitter.FlushComplete(chunks);
            }

            foreach (var document in Drain(chunks, parser, documents))
            {
                yield return document;
            }

            if (tooLarge)
            {
                var at = splitter.Position;
                yield return new LoadedDocument(path, parser.NextIndex, null,
                    [LoadRules.Finding(LoadRules.FileTooLarge, path, at, TooLarge() + $"; loading stopped at line {at.Line}")]) { Start = at };
                yield break;
            }
        }

        splitter.Complete(chunks);
        foreach (var document in Drain(chunks, parser, documents))
        {
            yield return document;
        }
    }

    /// <summary>
    /// Loads a file from disk; <paramref name="path"/> names it in findings (relative, forward slashes). A file that
    /// cannot be opened, or a read that fails half-way, is a finding that names <paramref name="path"/>, never the
    /// full path on this machine.
    /// </summary>
    public IEnumerable<LoadedDocument> LoadFile(string path, string file)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [FileProblem(path, LoadRules.ParserFailure, new Mark(1, 1), $"the file cannot be read: {ReadFailures.Describe(e)}")];
        }

        return ReadAndClose(path, stream);
    }

    private IEnumerable<LoadedDocument> ReadAndClose(string path, FileStream stream)
    {
        using (stream)
        using (var documents = Load(path, stream).GetEnumerator())
        {
            LoadedDocument? document;
            Exception? failure;
            while (ReadFailures.TryNext(documents, out document, out failure))
            {
                yield return document!;
            }

            if (failure is not null)
            {
                yield return FileProblem(path, LoadRules.ParserFailure, new Mark(1, 1),
                    $"reading the file failed after {stream.Position:N0} bytes ({ReadFailures.Describe(failure)}); the rest was not loaded");
            }
        }
    }

    /// <summary>
    /// Whether the text is JSON as Kubernetes decides: its first character other than white space is <c>{</c>
    /// (<c>k8s.io/apimachinery</c>'s YAMLOrJSONDecoder then reads it with the JSON decoder, not as YAML 1.1).
    /// </summary>
    internal static bool StartsAsJson(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart(" \t\r\n");
        return rest.Length > 0 && rest[0] == '{';
    }

    private static List<LoadedDocument> Drain(Queue<DocumentChunk> chunks, ChunkParser parser, List<LoadedDocument> documents)
    {
        documents.Clear();
        while (chunks.TryDequeue(out var chunk))
        {
            parser.Parse(chunk, documents);
        }

        return documents;
    }

    private NodeOrigin? OriginOf(string path) => RecordOrigins ? new NodeOrigin(path) : null;

    private string TooLarge() => $"the file is larger than the load limit of {Limits.MaxFileBytes:N0} bytes";

    private static LoadedDocument FileProblem(string path, RuleDescriptor rule, Mark at, string message) =>
        new(path, 0, null, [LoadRules.Finding(rule, path, at, message)]) { Start = at, WholeFile = true };
}
