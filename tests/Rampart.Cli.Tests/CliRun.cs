using Rampart.Cli.Output;

namespace Rampart.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, as a user's shell would (not a terminal).</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string?>(), args);

    public static CliRun With(Dictionary<string, string?> environment, params string[] args) => Run(environment, terminal: false, args);

    /// <summary>As if standard output and error were a terminal (the output is still captured).</summary>
    public static CliRun OnTerminal(Dictionary<string, string?> environment, params string[] args) => Run(environment, terminal: true, args);

    /// <summary>With standard output going to <paramref name="output"/> (which may fail); <see cref="Out"/> is empty.</summary>
    public static CliRun Into(TextWriter output, params string[] args)
    {
        var error = new StringWriter();
        var code = Program.Run(args, new CliConsole(output, error, outputIsTerminal: false, errorIsTerminal: false, new Dictionary<string, string?>()));
        return new CliRun(code, "", error.ToString());
    }

    /// <summary>
    /// With standard output redirected to <paramref name="bytes"/> as the real console sets it up: a UTF-8 text writer
    /// over the stream, which reports in UTF-8 skip; <see cref="Out"/> is empty.
    /// </summary>
    public static CliRun IntoBytes(Stream bytes, params string[] args)
    {
        var error = new StringWriter();
        var output = new StreamWriter(bytes, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true) { AutoFlush = true };
        var console = new CliConsole(output, error, outputIsTerminal: false, errorIsTerminal: false, new Dictionary<string, string?>(), outputBytes: bytes);
        var code = Program.Run(args, console);
        return new CliRun(code, "", error.ToString());
    }

    /// <summary>With <paramref name="input"/> as standard input (a pipe: not seekable when the stream is not).</summary>
    public static CliRun Piping(Stream input, params string[] args) => Run(new Dictionary<string, string?>(), terminal: false, args, () => input);

    private static CliRun Run(Dictionary<string, string?> environment, bool terminal, string[] args, Func<Stream>? input = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, new CliConsole(output, error, outputIsTerminal: terminal, errorIsTerminal: terminal, environment, input));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
