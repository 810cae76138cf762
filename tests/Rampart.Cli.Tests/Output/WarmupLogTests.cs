using Microsoft.Extensions.Logging;
using Rampart.Cli.Output;

namespace Rampart.Cli.Tests.Output;

public sealed class WarmupLogTests
{
    [Fact]
    public void A_stage_the_scan_logs_becomes_one_line_with_the_run_time_compilations()
    {
        var error = new StringWriter();
        var log = new WarmupLog(error);
        IReadOnlyList<KeyValuePair<string, object?>> state = [new("Stage", "render"), new("Count", 200), new("Elapsed", TimeSpan.FromSeconds(1))];

        log.Log(LogLevel.Debug, default, state, null, (_, _) => "");

        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warmup: render: ", line, StringComparison.Ordinal);
        Assert.Contains(" methods compiled at run time in ", line, StringComparison.Ordinal);
        Assert.Contains(" collections paused ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_log_entries_write_nothing()
    {
        var error = new StringWriter();
        var log = new WarmupLog(error);
        IReadOnlyList<KeyValuePair<string, object?>> state = [new("Count", 3)];

        log.Log(LogLevel.Debug, default, state, null, (_, _) => "");
        log.Log(LogLevel.Warning, default, state, null, (_, _) => "");

        Assert.Equal("", error.ToString());
        Assert.False(log.IsEnabled(LogLevel.Information));
    }
}
