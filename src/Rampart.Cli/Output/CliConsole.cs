namespace Rampart.Cli.Output;

/// <summary>
/// Where a command writes, and how: results to <see cref="Out"/>, progress and errors to
/// <see cref="Error"/>. Colour is off when <c>NO_COLOR</c> is set, <c>--no-color</c> is given, or the output
/// is redirected; progress animates only on a terminal.
/// </summary>
/// <remarks><paramref name="outputBytes"/> is the byte stream under <paramref name="output"/>, if a report may be written to it directly.</remarks>
internal sealed class CliConsole(
    TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal, IReadOnlyDictionary<string, string?> environment, Func<Stream>? openInput = null, Stream? outputBytes = null)
{
    /// <summary>Standard output; <see cref="GuardedWriter.Failure"/> tells whether a write to it failed.</summary>
    public GuardedWriter Out { get; } = new(output, outputBytes);
    public TextWriter Error { get; } = error;
    public bool OutputIsTerminal { get; } = outputIsTerminal;
    public bool ErrorIsTerminal { get; } = errorIsTerminal;
    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    /// <summary>Opens standard input (<c>rampart scan -</c>); the caller disposes it.</summary>
    public Stream OpenInput() => (openInput ?? Console.OpenStandardInput)();

    public static CliConsole System()
    {
        var environment = global::System.Environment.GetEnvironmentVariables()
            .Cast<global::System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        if (!Console.IsOutputRedirected)
        {
            return new CliConsole(Console.Out, Console.Error, true, !Console.IsErrorRedirected, environment);
        }

        var bytes = Console.OpenStandardOutput();
        return new CliConsole(RedirectedOutput(bytes), Console.Error, false, !Console.IsErrorRedirected, environment, outputBytes: bytes);
    }

    /// <summary>
    /// Standard output when it goes to a file or a pipe: flushed after every write as <see cref="Console.Out"/> is, but
    /// through a 64 KB buffer instead of its 256 bytes, so a 180 MB report is some thousands of writes, not 700,000.
    /// A report in UTF-8 skips it and goes to <paramref name="bytes"/> directly (<see cref="GuardedWriter.WriteReport"/>).
    /// </summary>
    private static TextWriter RedirectedOutput(Stream bytes) =>
        TextWriter.Synchronized(new StreamWriter(bytes, new global::System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = true });

    public bool UseColor(bool noColorOption) =>
        Reporting.ReportOptions.ShouldUseColor(noColorOption, !OutputIsTerminal, Environment.GetValueOrDefault("NO_COLOR"));

    public int Width => OutputIsTerminal && !Console.IsOutputRedirected ? Math.Clamp(SafeWindowWidth(), 60, 240) : 120;

    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"rampart: {message}");
        return exitCode;
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
