using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Rampart.Configuration;
using Rampart.Kubernetes.Admission;
using Rampart.Server.Metrics;
using Rampart.Server.Recording;

namespace Rampart.Server.Admission;

/// <summary>
/// <c>POST /validate</c>: reads the body up to the configured limit, parses the review once, decides, and answers
/// with the review's response. A body that is no valid <c>admission.k8s.io/v1</c> review gets HTTP 400 with the
/// reason; a defect while deciding is answered by the failure mode, never by a crash.
/// </summary>
internal sealed partial class ValidateEndpoint(AdmissionDecider decider, ServerMetrics metrics, ILogger<ValidateEndpoint> logger, AdmissionRecordQueue? records = null)
{
    /// <summary>The deepest nesting a review may have, whatever the configuration says (the tree is built recursively).</summary>
    public const int DepthCeiling = 1000;

    public async Task Handle(HttpContext context)
    {
        metrics.Enter();
        var started = Stopwatch.GetTimestamp();
        byte[]? buffer = null;
        try
        {
            var settings = decider.Policies.Settings;
            (buffer, var length) = await ReadBody(context.Request, settings.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
            if (length < 0)
            {
                await BadRequest(context, $"the body is larger than the limit of {settings.MaxRequestBytes:N0} bytes (admission.maxRequestBytes)").ConfigureAwait(false);
                return;
            }

            var read = ReviewReader.Read(buffer.AsMemory(0, length), Math.Min(settings.MaxDepth, DepthCeiling));
            if (read.Error is { } error)
            {
                await BadRequest(context, error).ConfigureAwait(false);
                return;
            }

            using var document = read.Document!;
            var review = read.Request!;
            var decision = Decide(review, context.RequestAborted);
            metrics.Record(decision);
            Log(review, decision);
            Record(review, decision);
            var output = new ArrayBufferWriter<byte>(512);
            ReviewResponseWriter.Write(output, review.Uid, decision);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = output.WrittenCount;
            await context.Response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            metrics.Leave(Stopwatch.GetElapsedTime(started));
        }
    }

    private AdmissionDecision Decide(ReviewRequest review, CancellationToken aborted)
    {
        try
        {
            return decider.Decide(review, aborted);
        }
#pragma warning disable CA1031 // A defect while deciding must not take the webhook down: the failure mode answers and the log keeps the defect.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            LogDefect(logger, e, review.Uid, review.Describe());
            var open = decider.Policies.Settings.FailureMode == AdmissionFailureMode.Open;
            var reason = $"internal error while checking ({e.GetType().Name})";
            return open
                ? new AdmissionDecision(true, AdmissionOutcome.Error) { Warnings = [WarningText.Of($"Rampart: admitted unchecked (failureMode: open): {reason}")], FailedPolicies = ["internal"] }
                : new AdmissionDecision(false, AdmissionOutcome.Error) { Message = $"Rampart could not check this request and refuses it (failureMode: closed): {reason}", FailedPolicies = ["internal"] };
        }
    }

    private void Log(ReviewRequest review, AdmissionDecision decision)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var operation = review.Operation.Name();
        var subject = review.Describe();
        if (!decision.Allowed)
        {
            LogDenied(logger, review.Uid, operation, subject, review.User.Username, review.DryRun, decision.Message ?? "");
        }
        else if (decision.Outcome is AdmissionOutcome.Timeout or AdmissionOutcome.Error)
        {
            var failed = string.Join(", ", decision.FailedPolicies);
            LogFailedOpen(logger, review.Uid, subject, failed);
        }

        // Audit records are a side effect: a dry run leaves none.
        if (!review.DryRun && decision.AuditAnnotations.TryGetValue("audit", out var audited))
        {
            LogAudit(logger, review.Uid, operation, subject, review.User.Username, audited);
        }
    }

    /// <summary>Queues a decision with findings for the recorder, without waiting (a dry run leaves no record).</summary>
    private void Record(ReviewRequest review, AdmissionDecision decision)
    {
        if (records is null || review.DryRun || decision.Findings.Count == 0)
        {
            return;
        }

        var verdict = !decision.Allowed ? "denied" : decision.Warnings.Count > 0 ? "warned" : "allowed";
        records.TryAdd(new AdmissionRecord(DateTimeOffset.UtcNow, verdict, review.Operation.Name(), review.Namespace, review.Describe(), review.User.Username, decision.Findings));
    }

    private async Task BadRequest(HttpContext context, string reason)
    {
        metrics.BadRequest();
        LogBadRequest(logger, context.Connection.RemoteIpAddress?.ToString() ?? "", reason);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"rampart: not an admission.k8s.io/v1 AdmissionReview this webhook can answer: {reason}\n", context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The body in a pooled buffer, and its length; -1 when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBody(HttpRequest request, int limit, CancellationToken cancellation)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return (ArrayPool<byte>.Shared.Rent(1), -1);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return (buffer, -1);
                }

                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var n = await request.Body.ReadAsync(buffer.AsMemory(length), cancellation).ConfigureAwait(false);
            if (n == 0)
            {
                return length > limit ? (buffer, -1) : (buffer, length);
            }

            length += n;
            if (length > limit)
            {
                return (buffer, -1);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "denied", Message = "denied {Uid} {Operation} {Object} by {User} (dryRun {DryRun}): {Reason}")]
    private static partial void LogDenied(ILogger logger, string uid, string operation, string @object, string user, bool dryRun, string reason);

    [LoggerMessage(Level = LogLevel.Information, EventName = "audit", Message = "audit {Uid} {Operation} {Object} by {User}: violates {Policies}")]
    private static partial void LogAudit(ILogger logger, string uid, string operation, string @object, string user, string policies);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "failed-open", Message = "admitted {Uid} {Object} unchecked (failureMode: open): {Policies}")]
    private static partial void LogFailedOpen(ILogger logger, string uid, string @object, string policies);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "bad-request", Message = "refused a body from {Remote}: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string remote, string reason);

    [LoggerMessage(Level = LogLevel.Error, EventName = "defect", Message = "internal error while deciding {Uid} ({Object})")]
    private static partial void LogDefect(ILogger logger, Exception exception, string uid, string @object);
}
