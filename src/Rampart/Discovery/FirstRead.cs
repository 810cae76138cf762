using System.Buffers;
using Rampart.Loading;

namespace Rampart.Discovery;

/// <summary>
/// The first read of a file the walk classified by name and place only (<see cref="DiscoveredFile.ContentPending"/>):
/// the file read whole, up to a size, into a pooled buffer with one open and no stream, and classified from its first
/// bytes exactly as the walk would have (the head it reads, <see cref="FileClassifier"/>, the look for <c>{{</c> past
/// the head of a chart's manifest); or the problem the walk would have reported when it cannot be read. The buffer goes
/// back to the pool on <see cref="Dispose"/>: <see cref="Content"/> is valid until then.
/// </summary>
public sealed class FirstRead : IDisposable
{
    private byte[]? rented;
    private readonly int length;

    private FirstRead(DiscoveryItem item, byte[]? rented = null, int length = 0)
    {
        Item = item;
        this.rented = rented;
        this.length = length;
    }

    /// <summary>The file as the walk would have given it: a <see cref="DiscoveredFile"/>, or a <see cref="DiscoveryProblem"/>.</summary>
    public DiscoveryItem Item { get; }

    /// <summary>The whole content; null for a file over the size read whole (its readers open it themselves) or not read.</summary>
    public ArraySegment<byte>? Content => rented is null ? (ArraySegment<byte>?)null : new ArraySegment<byte>(rented, 0, length);

    /// <summary>Reads <paramref name="file"/>: whole when it is at most <paramref name="wholeBytes"/> long, its head otherwise.</summary>
    /// <param name="sniffBytes">The walk's <see cref="DiscoveryOptions.SniffBytes"/>.</param>
    public static FirstRead Of(DiscoveredFile file, int sniffBytes, long wholeBytes)
    {
        var placement = new Placement(file.Chart);
        if (file.Size > wholeBytes)
        {
            return new FirstRead(RepositoryWalker.FromHead(new FileHead(sniffBytes), file.RelativePath, file.FullPath, file.Size, placement));
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)file.Size);
        int total;
        try
        {
            total = ReadWhole(file.FullPath, buffer.AsSpan(0, (int)file.Size));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return new FirstRead(RepositoryWalker.Unreadable(file.RelativePath, ReadFailures.Describe(e)));
        }

        // The head the walk reads (FileHead), and whether it is the whole file, as FileHead.Read says it.
        var headSize = FileHead.SizeFor(sniffBytes);
        var content = buffer.AsSpan(0, total);
        var complete = total < headSize || file.Size <= headSize;
        var classified = FileClassifier.Classify(file.RelativePath, content[..Math.Min(total, headSize)], complete, placement);
        if (FileClassifier.MayBeTemplate(classified, complete) && content[(headSize - 1)..].IndexOf("{{"u8) >= 0)
        {
            classified = FileClassifier.ChartTemplate(classified.Chart!, classified.Format);
        }

        return new FirstRead(RepositoryWalker.Described(file.RelativePath, file.FullPath, file.Size, classified), buffer, total);
    }

    public void Dispose()
    {
        if (rented is { } buffer)
        {
            rented = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads from the start of the file into <paramref name="into"/> until it is full or the file ends; returns the bytes read.</summary>
    private static int ReadWhole(string fullPath, Span<byte> into)
    {
        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var total = 0;
        while (total < into.Length)
        {
            var read = RandomAccess.Read(handle, into[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
