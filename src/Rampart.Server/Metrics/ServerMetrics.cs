using System.Collections.Concurrent;
using Rampart.Configuration;
using Rampart.Server.Admission;

namespace Rampart.Server.Metrics;

/// <summary>
/// The webhook's counters, kept with interlocked operations (no lock on the request path) and written as Prometheus
/// text by <see cref="PrometheusText"/>: request durations (a histogram), reviews by outcome, violated policies by
/// action, evaluation errors, bad requests and the requests in flight.
/// </summary>
internal sealed class ServerMetrics
{
    /// <summary>Upper bounds of the duration buckets, in seconds.</summary>
    public static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly long[] bucketCounts = new long[Buckets.Length + 1];
    private readonly long[] outcomes = new long[Enum.GetValues<AdmissionOutcome>().Length];
    private long durationCount;
    private long durationMicros;
    private long inFlight;
    private long badRequests;

    public ConcurrentDictionary<(string Policy, AdmissionAction Action), long> Decisions { get; } = new();
    public ConcurrentDictionary<string, long> EvaluationErrors { get; } = new(StringComparer.Ordinal);

    public long InFlight => Interlocked.Read(ref inFlight);
    public long BadRequests => Interlocked.Read(ref badRequests);
    public long DurationCount => Interlocked.Read(ref durationCount);
    public double DurationSumSeconds => Interlocked.Read(ref durationMicros) / 1e6;

    public long Outcome(AdmissionOutcome outcome) => Interlocked.Read(ref outcomes[(int)outcome]);

    /// <summary>The cumulative count of the bucket <paramref name="index"/> (the last is +Inf).</summary>
    public long CumulativeBucket(int index)
    {
        long sum = 0;
        for (var i = 0; i <= index; i++)
        {
            sum += Interlocked.Read(ref bucketCounts[i]);
        }

        return sum;
    }

    public void Enter() => Interlocked.Increment(ref inFlight);

    public void Leave(TimeSpan elapsed)
    {
        Interlocked.Decrement(ref inFlight);
        var seconds = elapsed.TotalSeconds;
        var bucket = 0;
        while (bucket < Buckets.Length && seconds > Buckets[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref bucketCounts[bucket]);
        Interlocked.Increment(ref durationCount);
        Interlocked.Add(ref durationMicros, (long)(seconds * 1e6));
    }

    public void BadRequest() => Interlocked.Increment(ref badRequests);

    public void Record(AdmissionDecision decision)
    {
        Interlocked.Increment(ref outcomes[(int)decision.Outcome]);
        foreach (var verdict in decision.Verdicts)
        {
            Decisions.AddOrUpdate((verdict.PolicyId, verdict.Action), 1, (_, n) => n + 1);
        }

        if (decision.Outcome == AdmissionOutcome.Timeout)
        {
            EvaluationErrors.AddOrUpdate("timeout", 1, (_, n) => n + 1);
        }

        foreach (var policy in decision.FailedPolicies)
        {
            EvaluationErrors.AddOrUpdate(policy, 1, (_, n) => n + 1);
        }
    }
}
