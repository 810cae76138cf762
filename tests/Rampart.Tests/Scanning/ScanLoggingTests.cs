using Microsoft.Extensions.Logging;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

public sealed class ScanLoggingTests
{
    [Fact]
    public async Task Each_stage_says_what_it_did_to_the_logger_it_is_given()
    {
        using var repo = new RepositoryBuilder().File("app.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n").Build();
        var logger = new RecordingLogger();

        await Scanner.RunAsync(ScanOptions.ForFolder(repo.Root) with { Logger = logger }, TestContext.Current.CancellationToken);

        Assert.Equal(["discover", "inventory", "render", "analyze", "decide"], logger.Entries.Where(e => e.Level == LogLevel.Debug).Select(e => e.Message.Split(':')[0]));
        Assert.StartsWith("discover: 1 items", logger.Entries[0].Message, StringComparison.Ordinal);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
