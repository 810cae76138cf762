using Rampart.Testing;
using System.Text;
using Rampart.Discovery;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Discovery;

/// <summary>
/// Generates trees with random ignore files and compares every decision with
/// <c>git check-ignore --no-index</c> on the same tree. Skipped when git is not installed.
/// </summary>
public sealed class GitCheckIgnoreDifferentialTests
{
    private static readonly string[] Names =
        ["a", "b", "ab", "ba", "a.txt", "b.log", "x.yaml", "c", ".hidden", "a b", "#c", "!d", "[x]", "é", "foo", "foo.bar", "logs"];

    private static readonly string[] Segments =
        ["a", "b", "ab", "*", "**", "?", "a*", "*.txt", "*.log", "[a-b]*", "[!a]", "\\#c", "\\!d", "\\[x\\]", "[[]x]", "logs", "foo*",
         "*o", "f?o", "x.yaml", ".hidden", "**a", "a**", "é", "[[:alpha:]]", "a\\ b", "a b", "foo.bar", "[ab]", "ba"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_path_is_decided_as_git_check_ignore_decides_it(int batch)
    {
        var mismatches = new List<string>();
        for (var seed = batch * 40; seed < (batch + 1) * 40; seed++)
        {
            mismatches.AddRange(Compare(seed));
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(20)));
    }

    private static IEnumerable<string> Compare(int seed)
    {
        var random = new Random(seed);
        var builder = new RepositoryBuilder().GitInit();
        var folders = new List<string> { "" };
        var paths = new List<(string Path, bool IsFolder)>();
        var description = new StringBuilder($"seed {seed}:");
        for (var i = 0; i < 24; i++)
        {
            var parent = folders[random.Next(folders.Count)];
            var name = Names[random.Next(Names.Length)];
            var path = parent.Length == 0 ? name : parent + "/" + name;
            if (paths.Any(p => p.Path == path) || parent.Split('/').Length > 3)
            {
                continue;
            }

            var isFolder = random.Next(3) == 0;
            paths.Add((path, isFolder));
            if (isFolder)
            {
                folders.Add(path);
                builder.Folder(path);
            }
            else
            {
                builder.File(path, "x\n");
            }
        }

        foreach (var folder in folders.Where(_ => random.Next(2) == 0))
        {
            var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomPattern(random)).ToArray();
            var file = folder.Length == 0 ? ".gitignore" : folder + "/.gitignore";
            builder.File(file, string.Concat(lines.Select(l => l + "\n")));
            paths.Add((file, false));
            description.Append($" [{file}: {string.Join(" | ", lines)}]");
        }

        if (random.Next(4) == 0)
        {
            var line = RandomPattern(random);
            builder.File(".git/info/exclude", line + "\n");
            description.Append($" [exclude: {line}]");
        }

        using var repo = builder.Build();
        var (_, output) = repo.GitWithInput(string.Concat(paths.Select(p => p.Path + "\0")), "check-ignore", "--no-index", "--stdin", "-z");
        var ignoredByGit = output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default with { UseRampartIgnore = false });
        foreach (var (path, isFolder) in paths)
        {
            var ours = ignores.Check(path, isFolder).Excluded;
            if (ours != ignoredByGit.Contains(path))
            {
                yield return $"{description} -> '{path}'{(isFolder ? "/" : "")}: git says {(ours ? "not ignored" : "ignored")}";
            }
        }

        var walked = new RepositoryWalker(DiscoveryOptions.Default with { UseRampartIgnore = false }).Walk(repo.Root, TestContext.Current.CancellationToken)
            .OfType<DiscoveredFile>().Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, _) in paths.Where(p => !p.IsFolder))
        {
            if (walked.Contains(path) == ignoredByGit.Contains(path))
            {
                yield return $"{description} -> walker {(walked.Contains(path) ? "yielded" : "skipped")} '{path}' but git says {(ignoredByGit.Contains(path) ? "ignored" : "not ignored")}";
            }
        }
    }

    private static string RandomPattern(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(4) == 0)
        {
            builder.Append('!');
        }

        if (random.Next(4) == 0)
        {
            builder.Append('/');
        }

        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(i > 0 ? "/" : "").Append(Segments[random.Next(Segments.Length)]);
        }

        switch (random.Next(8))
        {
            case 0:
                builder.Append('/');
                break;
            case 1:
                builder.Append("  ");
                break;
            case 2:
                builder.Append("\\ ");
                break;
        }

        return builder.ToString();
    }
}
