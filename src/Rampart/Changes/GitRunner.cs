using System.Diagnostics;
using System.Text;

namespace Rampart.Changes;

/// <summary>Runs git with arguments passed as a list (never through a shell) and captures its output.</summary>
internal static class GitRunner
{
    public static GitResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitResult(process.ExitCode, stdout, stderr.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new GitResult(-1, "", $"git could not be started: {e.Message}");
        }
    }

    /// <summary>Runs git and hands its standard output, as a stream, to <paramref name="read"/>.</summary>
    public static GitResult Stream(string workingDirectory, Action<Stream> read, params string[] arguments) =>
        Stream(workingDirectory, read, null, CancellationToken.None, arguments);

    /// <summary>
    /// Runs git, feeds its standard input from <paramref name="write"/> (on another thread, when given) and hands its
    /// standard output, as a stream, to <paramref name="read"/>. Cancellation ends the process.
    /// </summary>
    public static GitResult Stream(string workingDirectory, Action<Stream> read, Action<Stream>? write, CancellationToken cancellation, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = write is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            using var stop = cancellation.Register(() => Kill(process));
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var input = write is null ? Task.CompletedTask : Task.Run(() =>
            {
                try
                {
                    using var stdin = process.StandardInput.BaseStream;
                    write(stdin);
                }
                catch (IOException)
                {
                    // git stopped reading (it failed or was ended); its exit code and error say why.
                }
            }, CancellationToken.None);
            read(process.StandardOutput.BaseStream);
            if (cancellation.IsCancellationRequested)
            {
                Kill(process);
            }

            process.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
            process.WaitForExit();
            input.Wait(CancellationToken.None);
            return new GitResult(process.ExitCode, "", stderr.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new GitResult(-1, "", $"git could not be started: {e.Message}");
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }
}
