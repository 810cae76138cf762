using System.Text;

namespace Rampart.Testing;

/// <summary>
/// Describes a repository fluently and creates it in a fresh temporary folder, so that a test reads like the
/// case it pins:
/// <code>
/// using var repo = new RepositoryBuilder()
///     .File("deploy/app.yaml", "apiVersion: v1\nkind: Pod\n")
///     .GitIgnore("*.log")
///     .Symlink("current", "deploy")
///     .Build();
/// </code>
/// Steps run in the order given, so history can be written too:
/// <c>.GitInit().File("a", "1").Commit("first").File("a", "2").Commit("second")</c>. Git steps skip the test
/// when git is not installed.
/// </summary>
internal sealed class RepositoryBuilder
{
    private readonly List<Action<TestRepository>> steps = [];
    private bool usesGit;

    /// <summary>A text file (UTF-8 without a byte-order mark, written exactly as given).</summary>
    public RepositoryBuilder File(string path, string text) =>
        File(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>A file with the given bytes.</summary>
    public RepositoryBuilder File(string path, byte[] bytes) => Step(repo =>
    {
        var full = repo.PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
    });

    /// <summary>An (empty) folder.</summary>
    public RepositoryBuilder Folder(string path) => Step(repo => Directory.CreateDirectory(repo.PathOf(path)));

    /// <summary>A symbolic link at <paramref name="path"/> whose target is <paramref name="target"/> as written (relative to the link's folder, or absolute).</summary>
    public RepositoryBuilder Symlink(string path, string target) => Step(repo =>
    {
        var full = repo.PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.CreateSymbolicLink(full, target);
    });

    /// <summary>A <c>.gitignore</c> in the root with the given lines.</summary>
    public RepositoryBuilder GitIgnore(params string[] lines) => IgnoreFile("", ".gitignore", lines);

    /// <summary>A <c>.gitignore</c> in <paramref name="folder"/> with the given lines.</summary>
    public RepositoryBuilder GitIgnoreIn(string folder, params string[] lines) => IgnoreFile(folder, ".gitignore", lines);

    /// <summary>A <c>.rampartignore</c> in the root with the given lines.</summary>
    public RepositoryBuilder RampartIgnore(params string[] lines) => IgnoreFile("", ".rampartignore", lines);

    /// <summary>A <c>.rampartignore</c> in <paramref name="folder"/> with the given lines.</summary>
    public RepositoryBuilder RampartIgnoreIn(string folder, params string[] lines) => IgnoreFile(folder, ".rampartignore", lines);

    /// <summary>Removes a file or folder written by an earlier step.</summary>
    public RepositoryBuilder Delete(string path) => Step(repo =>
    {
        var full = repo.PathOf(path);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else
        {
            System.IO.File.Delete(full);
        }
    });

    /// <summary>Makes the folder a git repository (branch <c>main</c>).</summary>
    public RepositoryBuilder GitInit() => GitStep(repo => repo.Git("init", "-q", "-b", "main"));

    /// <summary>Commits everything written so far (<c>git add -A</c>), with a fixed author and a date one minute after the previous commit.</summary>
    public RepositoryBuilder Commit(string message) => GitStep(repo => repo.CommitAll(message));

    /// <summary>Runs any git command in the repository (for branches, tags, …).</summary>
    public RepositoryBuilder Git(params string[] arguments) => GitStep(repo => repo.Git(arguments));

    /// <summary>Creates the repository; dispose the result to delete it.</summary>
    public TestRepository Build()
    {
        if (usesGit)
        {
            TestRepository.RequireGit();
        }

        var repo = new TestRepository();
        try
        {
            foreach (var step in steps)
            {
                step(repo);
            }
        }
        catch
        {
            repo.Dispose();
            throw;
        }

        return repo;
    }

    private RepositoryBuilder IgnoreFile(string folder, string name, string[] lines) =>
        File(folder.Length == 0 ? name : folder.TrimEnd('/') + "/" + name, string.Concat(lines.Select(l => l + "\n")));

    private RepositoryBuilder GitStep(Action<TestRepository> step)
    {
        usesGit = true;
        return Step(step);
    }

    private RepositoryBuilder Step(Action<TestRepository> step)
    {
        steps.Add(step);
        return this;
    }
}
