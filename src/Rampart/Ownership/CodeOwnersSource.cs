using Rampart.Changes;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Ownership.CodeOwners;

namespace Rampart.Ownership;

/// <summary>
/// The CODEOWNERS file that decides a scan's path owners: the one <c>rampart.yaml</c> names, else the one
/// found where the platform looks, in the scanned folder or, when that folder sits inside a git work tree,
/// at the work tree's top (CODEOWNERS patterns are relative to the repository, so scanned paths are
/// prefixed with the folder's place in it). Its problems become findings so they reach whoever owns it.
/// </summary>
public sealed class CodeOwnersSource : IPathOwners
{
    public static readonly RuleDescriptor InvalidLine = new()
    {
        Id = "RMP-OWN-001",
        Title = "Invalid CODEOWNERS line",
        Category = Category.Policy,
        Severity = Severity.Low,
        Responsibility = Responsibility.Security,
        Description = "A line of CODEOWNERS cannot be read as the platform reads it; the platform skips it (GitHub) or reads it differently than intended, so the paths it names may have no owner.",
        Remediation = "Fix the line: a pattern followed by @user, @org/team or e-mail owners; no gitignore-only syntax such as '!' or '[ ]' on GitHub.",
    };

    private readonly string prefix;

    private CodeOwnersSource(CodeOwnersFile file, string prefix)
    {
        File = file;
        this.prefix = prefix;
    }

    public CodeOwnersFile File { get; }

    /// <summary>Where the CODEOWNERS file is, relative to the scanned folder (for findings and explanations).</summary>
    public string DisplayPath => prefix.Length == 0 ? File.SourcePath : RelativeToScan(File.SourcePath);

    public IReadOnlyList<string> OwnersOf(string relativePath) => File.OwnersFor(prefix + relativePath).Owners;

    public CodeOwnersExplanation Explain(string relativePath) => File.Explain(prefix + relativePath);

    /// <summary>The CODEOWNERS of <paramref name="scanRoot"/> as configured, or null when there is none (or <c>codeowners.path: none</c>).</summary>
    public static CodeOwnersSource? Locate(string scanRoot, RampartConfig config)
    {
        if (string.Equals(config.CodeOwners, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var root = Path.GetFullPath(Directory.Exists(scanRoot) ? scanRoot : Path.GetDirectoryName(Path.GetFullPath(scanRoot))!);
        CodeOwnersFlavor? flavor = config.CodeOwnersFlavor switch
        {
            "github" => CodeOwnersFlavor.GitHub,
            "gitlab" => CodeOwnersFlavor.GitLab,
            _ => null,
        };
        if (config.CodeOwners is { } configured)
        {
            // codeowners.path is relative to the folder of the rampart.yaml that names it.
            return new CodeOwnersSource(CodeOwnersFile.Load(config.FolderOf(root), configured, flavor), config.PathPrefix);
        }

        if (CodeOwnersFile.Find(root, flavor) is { } here)
        {
            return new CodeOwnersSource(here, "");
        }

        var top = WorkTree.TopOf(root);
        if (top is null || top == root || CodeOwnersFile.Find(top, flavor) is not { } above)
        {
            return null;
        }

        return new CodeOwnersSource(above, Path.GetRelativePath(top, root).Replace('\\', '/') + "/");
    }

    /// <summary>The file's problems as findings, located in the CODEOWNERS file.</summary>
    public IEnumerable<Finding> Problems() => File.Problems.Select(problem =>
        InvalidLine.Report(
            problem.Skipped && problem.Line > 0 ? $"{problem.Message} (the line is skipped)" : problem.Message,
            new SourceLocation(DisplayPath, problem.Line, problem.Column)) with { Discriminator = problem.Message });

    private string RelativeToScan(string repositoryPath)
    {
        var depth = prefix.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + repositoryPath;
    }
}
