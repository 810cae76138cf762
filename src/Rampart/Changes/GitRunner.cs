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
    public static GitResult Stream(string workingDirectory, Action<Stream> read, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
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
            var stderr = process.StandardError.ReadToEndAsync();
            read(process.StandardOutput.BaseStream);
            process.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
            process.WaitForExit();
            return new GitResult(process.ExitCode, "", stderr.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new GitResult(-1, "", $"git could not be started: {e.Message}");
        }
    }
}
