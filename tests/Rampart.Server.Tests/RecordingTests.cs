using System.Text.Json;
using Rampart.Server.Recording;

namespace Rampart.Server.Tests;

/// <summary>
/// Decisions recorded through the bounded queue: a slow or failing recorder never changes or holds back an answer; a
/// full queue drops and counts; a failure is logged and counted.
/// </summary>
public sealed class RecordingTests
{
    [Fact]
    public async Task A_recorder_that_does_not_return_holds_back_no_answer_and_a_full_queue_drops_and_counts()
    {
        var recorder = new BlockedRecorder();
        var server = await WebhookServer.StartAsync(adjust: (_, options) => options with { Recorder = recorder, RecordQueueCapacity = 2 });
        try
        {
            var first = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));
            await recorder.Entered.Task.WaitAsync(TestContext.Current.CancellationToken);
            var answers = new List<JsonElement> { first };
            for (var i = 0; i < 4; i++)
            {
                answers.Add(await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod, uid: $"0f9e2a1c-0000-4000-8000-00000000001{i}")));
            }

            Assert.All(answers, a => Assert.False(a.GetProperty("allowed").GetBoolean()));
            var queue = server.Host.Records!;
            Assert.Equal(2, queue.Dropped);
            Assert.Equal(0, queue.Recorded);
            using var metrics = await server.Client.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("rampart_admission_records_total{result=\"dropped\"} 2\n", await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            recorder.Release.SetResult();
            await server.DisposeAsync();
        }

        // Stopping drains the queue: the held decision and the two queued ones reach the recorder.
        Assert.Equal(3, recorder.Received.Count);
        Assert.All(recorder.Received, r => Assert.Equal(("denied", "CREATE", "Pod shop/web", "alice"), (r.Decision, r.Operation, r.Subject, r.User)));
        Assert.All(recorder.Received, r => Assert.Contains(r.Findings, f => f.Message.Contains("privileged", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_failing_recorder_is_logged_and_counted_and_the_decision_stands()
    {
        var server = await WebhookServer.StartAsync(adjust: (_, options) => options with { Recorder = new FailingRecorder() });
        JsonElement answer;
        AdmissionRecordQueue queue;
        try
        {
            answer = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));
            queue = server.Host.Records!;
        }
        finally
        {
            await server.DisposeAsync();
        }

        Assert.False(answer.GetProperty("allowed").GetBoolean());
        Assert.Equal((1, 0, 0), (queue.Failed, queue.Recorded, queue.Dropped));
        Assert.Contains(server.Logs.Entries, e => e.Event == "record-failed" && e.Message.Contains("could not record 1 admission decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dry_runs_and_decisions_without_findings_are_not_recorded()
    {
        var recorder = new BlockedRecorder();
        recorder.Release.SetResult();
        var server = await WebhookServer.StartAsync(adjust: (_, options) => options with { Recorder = recorder });
        try
        {
            await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod, dryRun: true));
            await server.ValidateAsync(Reviews.For(Reviews.GoodDeployment));
            await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod, operation: "UPDATE", oldObjectJson: Reviews.PrivilegedPod));
        }
        finally
        {
            await server.DisposeAsync();
        }

        var record = Assert.Single(recorder.Received);
        Assert.Equal(("denied", "UPDATE"), (record.Decision, record.Operation));
    }

    private sealed class BlockedRecorder : IAdmissionRecorder
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<AdmissionRecord> Received { get; } = [];

        public async Task RecordAsync(IReadOnlyList<AdmissionRecord> records, CancellationToken cancellation)
        {
            lock (Received)
            {
                Received.AddRange(records);
            }

            Entered.TrySetResult();
            await Release.Task.ConfigureAwait(false);
        }
    }

    private sealed class FailingRecorder : IAdmissionRecorder
    {
        public Task RecordAsync(IReadOnlyList<AdmissionRecord> records, CancellationToken cancellation) =>
            throw new InvalidOperationException("the store is gone");
    }
}
