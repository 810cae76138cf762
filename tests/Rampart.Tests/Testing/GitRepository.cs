using System.Diagnostics;

namespace Rampart.Tests.Testing;

/// <summary>A throw-away git repository in a temporary folder, for tests of history and diffs.</summary>
internal sealed class GitRepository : IDisposable
{
    public GitRepository()
    {
        Root = Directory.CreateTempSubdirectory("rampart-git-").FullName;
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "dev@example.com");
        Git("config", "user.name", "Dev");
        Git("config", "commit.gpgsign", "false");
    }

    public string Root { get; }

    public static bool Available
    {
        get
        {
            try
            {
                using var p = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
                p.WaitForExit();
                return p.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }

    public GitRepository Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public GitRepository Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
