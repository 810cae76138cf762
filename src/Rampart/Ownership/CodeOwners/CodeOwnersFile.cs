using System.Text;
using Rampart.Configuration;

namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A parsed CODEOWNERS file: its rules (by section for GitLab), the problems found in it, and the answers to
/// "who owns this path" (<see cref="OwnersFor"/>) and "why" (<see cref="Explain"/>). Immutable and safe to
/// share between threads.
/// </summary>
public sealed class CodeOwnersFile
{
    /// <summary>GitHub ignores CODEOWNERS files larger than this; we apply the same bound to both flavours.</summary>
    public const long MaxBytes = 3L * 1024 * 1024;

    /// <summary>Where GitHub looks, in order.</summary>
    public static IReadOnlyList<string> GitHubLocations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

    /// <summary>Where GitLab looks, in order.</summary>
    public static IReadOnlyList<string> GitLabLocations { get; } = ["CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];

    /// <summary>Where to look when the platform is not known: GitHub's order, then GitLab's own folder.</summary>
    public static IReadOnlyList<string> AnyLocations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];

    /// <summary>Answers are cached per path until the cache holds this many paths and section matches together.</summary>
    private const long MaxCachedWeight = 2_000_000;
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodeOwnersResult> cache = new(StringComparer.Ordinal);
    private readonly CodeOwnersIndex index;
    private long cachedWeight;
    private string[] lines = [];

    private CodeOwnersFile(string sourcePath, CodeOwnersFlavor flavor, IReadOnlyList<CodeOwnersSection> sections, IReadOnlyList<CodeOwnersRule> rules, IReadOnlyList<CodeOwnersProblem> problems)
    {
        SourcePath = sourcePath;
        Flavor = flavor;
        Sections = sections;
        Rules = rules;
        Problems = problems;
        index = new CodeOwnersIndex(sections);
    }

    /// <summary>The file, relative to the repository root (forward slashes).</summary>
    public string SourcePath { get; }

    public CodeOwnersFlavor Flavor { get; }

    /// <summary>The sections in file order (one unnamed section for GitHub).</summary>
    public IReadOnlyList<CodeOwnersSection> Sections { get; }

    /// <summary>Every rule read, in line order (including GitLab entries a later line replaced).</summary>
    public IReadOnlyList<CodeOwnersRule> Rules { get; }

    /// <summary>Invalid or doubtful lines, in line order.</summary>
    public IReadOnlyList<CodeOwnersProblem> Problems { get; }

    /// <summary>Parses CODEOWNERS text. Never throws: bad lines become <see cref="Problems"/>.</summary>
    public static CodeOwnersFile Parse(string text, string sourcePath, CodeOwnersFlavor flavor)
    {
        if (flavor == CodeOwnersFlavor.GitHub)
        {
            var (rules, problems) = GitHubParser.Parse(text);
            var section = new CodeOwnersSection(CodeOwnersSection.Unnamed, false, 1, [], 0) { Rules = rules };
            return new CodeOwnersFile(sourcePath, flavor, [section], rules, problems) { lines = text.Split('\n') };
        }

        var (sections, all, gitLabProblems) = GitLabParser.Parse(text);
        return new CodeOwnersFile(sourcePath, flavor, sections, all, [.. gitLabProblems.OrderBy(p => p.Line)]) { lines = text.Split('\n') };
    }

    /// <summary>Parses with the flavour <see cref="DetectFlavor"/> picks.</summary>
    public static CodeOwnersFile Parse(string text, string sourcePath) => Parse(text, sourcePath, DetectFlavor(text, sourcePath));

    /// <summary>
    /// GitLab when the file sits in <c>.gitlab/</c> or has a section header (<c>[Name]</c> or <c>^[Name]</c> at the
    /// start of a line); GitHub otherwise.
    /// </summary>
    public static CodeOwnersFlavor DetectFlavor(string text, string sourcePath)
    {
        if (sourcePath.Replace('\\', '/').StartsWith(".gitlab/", StringComparison.Ordinal))
        {
            return CodeOwnersFlavor.GitLab;
        }

        foreach (var (_, raw) in LineTokens.Lines(text))
        {
            var line = raw.Trim().TrimStart('^');
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (line.StartsWith('[') && close > 1)
            {
                return CodeOwnersFlavor.GitLab;
            }
        }

        return CodeOwnersFlavor.GitHub;
    }

    /// <summary>
    /// Finds and reads the CODEOWNERS file of a repository, looking where <paramref name="flavor"/>'s platform
    /// looks (<see cref="AnyLocations"/> when null; a folder named CODEOWNERS is passed over). Null when there
    /// is none. The flavour is detected from the file when not given.
    /// </summary>
    public static CodeOwnersFile? Find(string repoRoot, CodeOwnersFlavor? flavor = null)
    {
        var locations = flavor switch
        {
            CodeOwnersFlavor.GitHub => GitHubLocations,
            CodeOwnersFlavor.GitLab => GitLabLocations,
            _ => AnyLocations,
        };
        foreach (var location in locations)
        {
            // A link that leads out of the repository counts as found, so that Load reports it instead of passing over it.
            var resolved = RepositoryPath.Resolve(repoRoot, location);
            if (resolved.Refusal is not null || File.Exists(resolved.FullPath))
            {
                return Load(repoRoot, location, flavor);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads <paramref name="relativePath"/> under <paramref name="repoRoot"/> (a location set in configuration).
    /// A file that is too large or unreadable gives a file with no rules and a problem saying why; so does a path
    /// that leads out of the repository, directly or through a symbolic link, which is never opened.
    /// </summary>
    public static CodeOwnersFile Load(string repoRoot, string relativePath, CodeOwnersFlavor? flavor = null)
    {
        var source = relativePath.Replace('\\', '/');
        var resolved = RepositoryPath.Resolve(repoRoot, relativePath);
        if (resolved.Refusal is { } refusal)
        {
            return Empty(source, flavor, $"{refusal}; not read");
        }

        if (!File.Exists(resolved.FullPath))
        {
            return Empty(source, flavor, "the file does not exist");
        }

        if (BoundedFile.Read(resolved.FullPath, MaxBytes, out var error) is not { } bytes)
        {
            return Empty(source, flavor, error!.StartsWith("cannot", StringComparison.Ordinal)
                ? error
                : $"{error}: GitHub ignores a CODEOWNERS file that large, and so do we");
        }

        var text = new UTF8Encoding(false, false).GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Bom) ? Bom.Length : 0));
        return flavor is { } known ? Parse(text, source, known) : Parse(text, source);
    }

    /// <summary>
    /// The owners of <paramref name="relativePath"/> (relative to the repository root; <c>./</c>, a leading <c>/</c>
    /// and backslashes are accepted). An index of the entries by the folder and file names they spell out keeps
    /// the work per path to the entries that can match it (see <see cref="CodeOwnersIndex"/>), and answers are
    /// cached per path.
    /// </summary>
    public CodeOwnersResult OwnersFor(string relativePath) => OwnersFor(relativePath, null);

    /// <summary>The owners of a path; with <paramref name="steps"/> the cache is passed by and the matching work counted.</summary>
    internal CodeOwnersResult OwnersFor(string relativePath, StepCounter? steps)
    {
        var path = NormalizePath(relativePath);
        if (steps is null && cache.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var result = new CodeOwnersResult(path, index.Match(path.Split('/'), steps));
        if (steps is null && Interlocked.Read(ref cachedWeight) < MaxCachedWeight && cache.TryAdd(path, result))
        {
            Interlocked.Add(ref cachedWeight, 1 + result.Sections.Count);
        }

        return result;
    }

    /// <summary>Why <paramref name="relativePath"/> has the owners it has: every line, what it did, and why.</summary>
    public CodeOwnersExplanation Explain(string relativePath) => CodeOwnersExplainer.Explain(this, NormalizePath(relativePath));

    /// <summary>The text of a 1-based line as written (trimmed), or empty.</summary>
    public string LineText(int line) => line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "";

    /// <summary>The deciding entry of a section for a path: the last matching line, unless an exclusion matches (GitLab).</summary>
    internal static (CodeOwnersRule? Winner, CodeOwnersRule? Exclusion, bool Excluded) Decide(CodeOwnersSection section, string[] path)
    {
        CodeOwnersRule? winner = null;
        for (var i = section.Rules.Count - 1; i >= 0; i--)
        {
            var rule = section.Rules[i];
            if (!rule.Matches(path))
            {
                continue;
            }

            if (rule.IsExclusion)
            {
                return (winner, rule, true);
            }

            winner ??= rule;
        }

        return (winner, null, false);
    }

    internal static string NormalizePath(string path)
    {
        var normalized = path.Replace('\\', '/').TrimStart('/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }

    private static CodeOwnersFile Empty(string source, CodeOwnersFlavor? flavor, string message)
    {
        var kind = flavor ?? (source.StartsWith(".gitlab/", StringComparison.Ordinal) ? CodeOwnersFlavor.GitLab : CodeOwnersFlavor.GitHub);
        return new CodeOwnersFile(source, kind, [], [], [new CodeOwnersProblem(0, 0, message, Skipped: true)]);
    }
}
