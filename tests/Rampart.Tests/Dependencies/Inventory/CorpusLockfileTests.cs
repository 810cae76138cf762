using Rampart.Dependencies.Cargo;
using Rampart.Dependencies.Go;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Maven;
using Rampart.Dependencies.Npm;
using Rampart.Dependencies.NuGet;
using Rampart.Dependencies.Packagist;
using Rampart.Dependencies.PyPI;
using Rampart.Dependencies.RubyGems;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Inventory;

/// <summary>
/// Every lockfile of the shared corpus (vuln/lockfiles, read at test time) through the reader of its folder:
/// none crashes, the malformed ones (named so) give a problem with a line, the others none.
/// </summary>
public sealed class CorpusLockfileTests
{
    /// <summary>Corpus folders of formats Rampart does not read (yet): bun.lock, go.sum, packages.config.</summary>
    private static readonly string[] NotCovered = ["bun-lock", "go-sum", "nuget-packages-config"];

    private static readonly Dictionary<string, ILockfileReader> ByFolder = new(StringComparer.Ordinal)
    {
        ["npm-package-lock"] = new PackageLockReader(),
        ["yarn-lock"] = new YarnLockReader(),
        ["pnpm-lock"] = new PnpmLockReader(),
        ["nuget-packages-lock"] = new PackagesLockReader(),
        ["nuget-packages-props"] = new CentralPackagesReader(),
        ["dotnet-deps-json"] = new DepsJsonReader(),
        ["pip-requirements"] = new RequirementsReader(),
        ["poetry-lock"] = new PoetryLockReader(),
        ["pipfile-lock"] = new PipfileLockReader(),
        ["uv-lock"] = new UvLockReader(),
        ["maven-pom"] = new PomReader(),
        ["go-mod"] = new GoModReader(),
        ["cargo-lock"] = new CargoLockReader(),
        ["gemfile-lock"] = new GemfileLockReader(),
        ["composer-lock"] = new ComposerLockReader(),
    };

    /// <summary>Files that are malformed on purpose (by the start of their name): each must give a problem.</summary>
    private static readonly string[] Malformed =
    [
        "invalid", "not-json", "not-toml", "not-yaml", "not-go-mod", "not-pom", "Gemfile_malformed", "malformed_xml", "null.",
        "bun_invalid", "cargo_invalid",
    ];

    /// <summary>Files whose malformed part is one entry: read, with that entry reported as unresolved.</summary>
    private static readonly string[] EntryMalformed = ["invalid-path.yaml", "invalid-paths.yaml", "invalid.txt", "requirements_no_version.txt", "requirements_with_templating_engine.txt"];

    [Fact]
    public void Every_corpus_lockfile_reads_and_only_the_malformed_ones_give_a_problem()
    {
        var root = RepositoryPaths.CorpusFolder("vuln/lockfiles");
        var failures = new List<string>();
        var read = 0;
        var packages = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var folder = relative.Split('/')[1];
            if (NotCovered.Contains(folder) || (folder == "go-mod" && file.EndsWith(".sum", StringComparison.Ordinal)))
            {
                continue;
            }

            Assert.True(ByFolder.TryGetValue(folder, out var reader), $"no reader for corpus folder {folder}");
            var inventory = LockfileReaders.Read(reader, relative, File.ReadAllBytes(file));
            read++;
            packages += inventory.Packages.Count;
            var name = Path.GetFileName(file);
            if (EntryMalformed.Contains(name) && inventory.Unresolved.Count == 0)
            {
                failures.Add($"{relative}: the malformed entry should be unresolved");
            }

            var malformed = !EntryMalformed.Contains(name) && Malformed.Any(m => name.StartsWith(m, StringComparison.Ordinal))
                || (name == "empty-file" && folder == "pipfile-lock");
            if (malformed != inventory.Problem is not null)
            {
                failures.Add($"{relative}: expected {(malformed ? "a problem" : "no problem")}, got {inventory.Problem?.ToString() ?? "none"}");
            }

            if (inventory.Problem is { } problem && (problem.Line < 1 || !problem.ToString().StartsWith(relative + ":", StringComparison.Ordinal)))
            {
                failures.Add($"{relative}: the problem does not name the file and a line: {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        // A gate at today's counts: a reader that drops packages (or a file no longer read) fails it.
        Assert.Equal((294, 1395), (read, packages));
    }
}
