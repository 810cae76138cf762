using System.Diagnostics;
using System.Globalization;

namespace Rampart.Testing;

/// <summary>A repository made by <see cref="RepositoryBuilder"/> in its own temporary folder; deleted on dispose.</summary>
internal sealed class TestRepository : IDisposable
{
    private static readonly Lazy<bool> HasGit = new(() =>
    {
        try
        {
            return Run(Path.GetTempPath(), ["--version"], check: false).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    private readonly List<string> commits = [];

    internal TestRepository()
    {
        Root = Directory.CreateTempSubdirectory("rampart-repo-").FullName;
    }

    /// <summary>Whether a <c>git</c> executable can be run.</summary>
    public static bool GitAvailable => HasGit.Value;

    /// <summary>Skips the calling test when git cannot be run, or fails it under CI (which installs git).</summary>
    public static void RequireGit() => Prerequisites.Require(GitAvailable, "git is not installed");

    /// <summary>The repository folder (full path).</summary>
    public string Root { get; }

    /// <summary>The commits made by the builder, oldest first (full hashes).</summary>
    public IReadOnlyList<string> Commits => commits;

    /// <summary>The full path of <paramref name="relative"/> (forward slashes accepted).</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Runs git in the repository with a configuration isolated from the machine's; returns standard output.</summary>
    public string Git(params string[] arguments) => Run(Root, arguments, check: true).Output;

    /// <summary>Runs git with standard input and returns its exit code and output (for commands such as check-ignore).</summary>
    public (int ExitCode, string Output) GitWithInput(string input, params string[] arguments) =>
        Run(Root, arguments, check: false, input);

    internal void CommitAll(string message)
    {
        Git("add", "-A");
        var date = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(commits.Count)
            .ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        Run(Root, ["commit", "-q", "--allow-empty", "-m", message], check: true, env: new()
        {
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
        });
        commits.Add(Git("rev-parse", "HEAD").Trim());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that made part of the tree unreadable may leave it behind; the system cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static (int ExitCode, string Output) Run(string folder, string[] arguments, bool check, string? input = null, Dictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["HOME"] = folder;
        start.Environment.Remove("XDG_CONFIG_HOME");
        start.Environment["GIT_AUTHOR_NAME"] = "Test Author";
        start.Environment["GIT_AUTHOR_EMAIL"] = "author@example.com";
        start.Environment["GIT_COMMITTER_NAME"] = "Test Author";
        start.Environment["GIT_COMMITTER_EMAIL"] = "author@example.com";
        foreach (var (key, value) in env ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var error = errorTask.Result;
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
        }

        return (process.ExitCode, output);
    }
}
