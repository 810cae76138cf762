using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.Logging;

namespace Rampart.Cli.Output;

/// <summary>
/// A diagnostic for the fixed cost of a scan, off unless <c>RAMPART_WARMUP_LOG</c> is set: at the end of each stage
/// the scan logs, one line on standard error with the time since the process started (wall and CPU), the methods
/// compiled at run time so far (those ReadyToRun did not precompile) with the time their compilation took, and the
/// garbage collections so far with their pauses, and the bytes allocated so far. Not part of the documented command
/// line; bench/scan-warmup.sh reads it.
/// </summary>
internal sealed class WarmupLog(TextWriter error) : ILogger
{
    public const string Variable = "RAMPART_WARMUP_LOG";

    private readonly Lock gate = new();

    /// <summary>The log when the variable is set, otherwise null.</summary>
    public static WarmupLog? FromEnvironment(CliConsole console) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) ? null : new WarmupLog(console.Error);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel != LogLevel.Debug || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            if (key == "Stage" && value is string stage)
            {
                Write(stage);
            }
        }
    }

    /// <summary>Writes the line of <paramref name="point"/> (a stage's name, or "end").</summary>
    public void Write(string point)
    {
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"warmup: {point}: {wall.TotalMilliseconds:F0} ms since start, {cpu.TotalMilliseconds:F0} ms CPU, {JitInfo.GetCompiledMethodCount()} methods compiled at run time in {JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms, {GC.CollectionCount(0)} collections paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated");
        lock (gate)
        {
            error.WriteLine(line);
        }
    }
}
