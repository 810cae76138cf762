using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Reads a stream block by block, checks that it is UTF-8 and hands the characters to a
/// <see cref="DocumentSplitter"/>. An invalid byte sequence flags the document it falls in, with its byte
/// offset, line and column; decoding goes on so that the following documents still load. Its blocks are
/// rented and given back on <see cref="Dispose"/>: a scan loads thousands of files, and a fresh 128 KB
/// character block each (large-object heap) fragmented memory.
/// </summary>
internal sealed class Utf8Blocks(string path, Stream stream) : IDisposable
{
    private const int BlockSize = 64 * 1024;
    private const int BinaryProbe = 8000;
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(BlockSize);
    private char[] chars = ArrayPool<char>.Shared.Rent(BlockSize);
    private int pending;
    private int begin;
    private int carry;
    private long offset;
    private bool finished;

    public long BytesRead { get; private set; }

    /// <summary>The first block's first byte other than white space is <c>{</c>: Kubernetes reads the file as JSON.</summary>
    public bool StartsAsJson { get; private set; }

    /// <summary>Reads the first block; returns why the file cannot be YAML at all (UTF-16, binary), or null.</summary>
    public (RuleDescriptor Rule, string Message)? Start()
    {
        pending = stream.ReadAtLeast(bytes, BlockSize, throwOnEndOfStream: false);
        BytesRead = pending;
        var head = bytes.AsSpan(0, pending);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (LoadRules.InvalidEncoding, "the file is UTF-16 or UTF-32 encoded (it starts with a byte order mark); save it as UTF-8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            begin = 3;
            offset = 3;
        }

        var text = head.TrimStart(" \t\r\n"u8); // a byte order mark first makes it YAML to Kubernetes
        StartsAsJson = text.Length > 0 && text[0] == (byte)'{';
        var nul = head[..Math.Min(pending, BinaryProbe)].IndexOf((byte)0);
        if (nul >= 0)
        {
            return (LoadRules.BinaryContent, $"the file holds a NUL byte at offset {nul}: it is binary content, not YAML");
        }

        return null;
    }

    /// <summary>Decodes the next block into <paramref name="splitter"/>; false once the stream is exhausted.</summary>
    public bool Next(DocumentSplitter splitter, Queue<DocumentChunk> done)
    {
        if (finished)
        {
            return false;
        }

        int available;
        var final = false;
        if (pending > 0)
        {
            available = pending;
            pending = 0;
        }
        else
        {
            var read = stream.Read(bytes, carry, bytes.Length - carry);
            BytesRead += read;
            final = read == 0;
            available = carry + read;
        }

        Decode(bytes.AsSpan(begin, available - begin), final, splitter, done);
        begin = 0;
        finished = final;
        return true;
    }

    private void Decode(ReadOnlySpan<byte> input, bool final, DocumentSplitter splitter, Queue<DocumentChunk> done)
    {
        while (true)
        {
            var status = Utf8.ToUtf16(input, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: final);
            splitter.Append(chars.AsSpan(0, written), done);
            offset += consumed;
            input = input[consumed..];
            switch (status)
            {
                case OperationStatus.Done:
                    carry = 0;
                    return;
                case OperationStatus.NeedMoreData:
                    input.CopyTo(bytes);
                    carry = input.Length;
                    return;
                case OperationStatus.InvalidData:
                    var at = splitter.Position;
                    Rune.DecodeFromUtf8(input, out _, out var invalid);
                    invalid = Math.Max(1, invalid);
                    splitter.Flag(LoadRules.Finding(LoadRules.InvalidEncoding, path, at,
                        $"byte 0x{input[0]:X2} at offset {offset} (line {at.Line}, column {at.Column}) is not valid UTF-8; the document was not loaded"));
                    splitter.Append("\uFFFD", done);
                    offset += invalid;
                    input = input[invalid..];
                    break;
            }
        }
    }

    public void Dispose()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            bytes = [];
            chars = [];
        }
    }
}
