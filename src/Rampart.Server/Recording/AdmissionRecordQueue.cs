using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Rampart.Server.Recording;

/// <summary>
/// A bounded queue between the webhook and an <see cref="IAdmissionRecorder"/>: <see cref="TryAdd"/> never waits (a
/// full queue drops the record and counts it), one background reader hands the recorder batches, and a recorder's
/// failure is logged and counted while the decisions stand. Disposing drains what is queued, for at most
/// <paramref name="drainTime"/>.
/// </summary>
public sealed partial class AdmissionRecordQueue : IAsyncDisposable
{
    public const int DefaultCapacity = 10_000;
    public const int BatchSize = 500;

    private readonly Channel<AdmissionRecord> channel;
    private readonly IAdmissionRecorder recorder;
    private readonly ILogger logger;
    private readonly TimeSpan drainTime;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task reading;
    private long dropped;
    private long failed;
    private long recorded;

    public AdmissionRecordQueue(IAdmissionRecorder recorder, ILogger logger, int capacity = DefaultCapacity, TimeSpan? drainTime = null)
    {
        this.recorder = recorder;
        this.logger = logger;
        this.drainTime = drainTime ?? TimeSpan.FromSeconds(10);
        channel = Channel.CreateBounded<AdmissionRecord>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        reading = Task.Run(ReadAsync);
    }

    /// <summary>Records dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Records the recorder failed to take.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Records the recorder took.</summary>
    public long Recorded => Interlocked.Read(ref recorded);

    /// <summary>Queues <paramref name="record"/> without waiting; false (and counted) when the queue is full or closed.</summary>
    public bool TryAdd(AdmissionRecord record)
    {
        if (channel.Writer.TryWrite(record))
        {
            return true;
        }

        Interlocked.Increment(ref dropped);
        return false;
    }

    private async Task ReadAsync()
    {
        var batch = new List<AdmissionRecord>(BatchSize);
        while (await channel.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && channel.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            try
            {
                await recorder.RecordAsync(batch, stopping.Token).ConfigureAwait(false);
                Interlocked.Add(ref recorded, batch.Count);
            }
#pragma warning disable CA1031 // Recording is a side effect of answering: whatever the recorder throws is logged and counted, the decisions stand.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.Add(ref failed, batch.Count);
                LogFailed(logger, e, batch.Count);
            }

            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        channel.Writer.TryComplete();
        if (await Task.WhenAny(reading, Task.Delay(drainTime)).ConfigureAwait(false) != reading)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, EventName = "record-failed", Message = "could not record {Count} admission decision(s); the decisions stand")]
    private static partial void LogFailed(ILogger logger, Exception exception, int count);
}
