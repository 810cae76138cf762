using System.Collections.Concurrent;
using System.Text.Json;

namespace Rampart.Reporting;

/// <summary>
/// Writes the items of a large JSON array (a report's findings) on several threads: the items are cut into blocks, each
/// block is serialised by a writer of its own into a pooled buffer, and the blocks go into the array in order. The bytes
/// are those of writing every item with the one writer: a block's writer opens as many arrays as the writer is deep, so
/// that it indents the items alike, and what it wrote before the first item is left out.
/// </summary>
internal static class JsonArrayBlocks
{
    /// <summary>
    /// Writes <paramref name="items"/> into the array <paramref name="json"/> has open, with
    /// <paramref name="writeItem"/>, in blocks of <paramref name="perBlock"/> items on up to
    /// <paramref name="parallelism"/> threads; at most twice that many blocks are held at once. With one thread, or
    /// a single block, every item is written straight to <paramref name="json"/>.
    /// </summary>
    public static void Write<T>(Utf8JsonWriter json, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem, int parallelism, int perBlock) =>
        Write(json, items, () => writeItem, parallelism, perBlock);

    /// <summary>
    /// As <see cref="Write{T}(Utf8JsonWriter, IReadOnlyList{T}, Action{Utf8JsonWriter, T}, int, int)"/>, with item
    /// writers made by <paramref name="newItemWriter"/>: each writes one block at a time (one writes every item when they
    /// are written straight), so that what an item writer keeps between items is never shared between threads, and is
    /// used again for later blocks.
    /// </summary>
    public static void Write<T>(Utf8JsonWriter json, IReadOnlyList<T> items, Func<Action<Utf8JsonWriter, T>> newItemWriter, int parallelism, int perBlock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perBlock, 1);
        var blocks = (items.Count + perBlock - 1) / perBlock;
        if (parallelism < 2 || blocks < 2)
        {
            var writeItem = newItemWriter();
            foreach (var item in items)
            {
                writeItem(json, item);
                JsonReportWriter.FlushWhenFull(json);
            }

            return;
        }

        var (depth, options) = (json.CurrentDepth, json.Options);
        var lastSize = 0;
        // An item writer serves one block at a time and is then kept for a later block.
        var idle = new ConcurrentBag<Action<Utf8JsonWriter, T>>();
        Task<Block> Start(int block) => Task.Run(() =>
        {
            var (first, end) = (block * perBlock, Math.Min(items.Count, (block + 1) * perBlock));
            var writeItem = idle.TryTake(out var free) ? free : newItemWriter();
            var serialized = Serialize(items, first, end, writeItem, depth, options, Volatile.Read(ref lastSize));
            idle.Add(writeItem);
            Volatile.Write(ref lastSize, serialized.Buffer.WrittenCount);
            return serialized;
        });

        var pending = new Queue<Task<Block>>();
        var next = 0;
        try
        {
            while (next < blocks && pending.Count < 2 * parallelism)
            {
                pending.Enqueue(Start(next++));
            }

            while (pending.Count > 0)
            {
                using var block = pending.Dequeue().GetAwaiter().GetResult();
                if (next < blocks)
                {
                    pending.Enqueue(Start(next++));
                }

                if (!block.Bytes.IsEmpty)
                {
                    json.WriteRawValue(block.Bytes, skipInputValidation: true);
                    JsonReportWriter.FlushWhenFull(json);
                }
            }
        }
        finally
        {
            // When the output failed, the blocks still being written go back to the pool as they finish.
            foreach (var task in pending)
            {
                task.ContinueWith(done => done.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Items <paramref name="first"/> to <paramref name="end"/> (exclusive) as a writer <paramref name="depth"/> deep
    /// writes them: from the newline before the first to the end of the last, with the commas between.
    /// </summary>
    private static Block Serialize<T>(
        IReadOnlyList<T> items, int first, int end, Action<Utf8JsonWriter, T> writeItem, int depth, JsonWriterOptions options, int sizeHint)
    {
        // A block is about as large as the one before it; a little more room spares copying it into a larger buffer.
        var buffer = new PooledByteBuffer(sizeHint + (sizeHint / 8));
        using var json = new Utf8JsonWriter(buffer, options);
        for (var level = 0; level < depth; level++)
        {
            json.WriteStartArray();
        }

        json.Flush();
        var opening = buffer.WrittenCount;
        for (var i = first; i < end; i++)
        {
            writeItem(json, items[i]);
        }

        json.Flush();
        return new Block(buffer, opening);
    }

    /// <summary>A serialised block: its buffer and where the items begin in it.</summary>
    private sealed record Block(PooledByteBuffer Buffer, int Opening) : IDisposable
    {
        public ReadOnlySpan<byte> Bytes => Buffer.WrittenSpan[Opening..];

        public void Dispose() => Buffer.Dispose();
    }
}
