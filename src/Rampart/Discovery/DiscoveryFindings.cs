using Rampart.Findings;

namespace Rampart.Discovery;

/// <summary>
/// The findings discovery reports, all about paths that were not scanned as they stand. What could hide content
/// from the checks (too large, unreadable, too deep, past the file limit, a name that is not UTF-8, binary bytes
/// under a YAML or JSON name) is high, so that the default gate fails rather than letting it through; the scan may
/// change that per reason (<c>scan.unscanned</c> in rampart.yaml). Links and templates are informational.
/// </summary>
public static class DiscoveryFindings
{
    public static RuleDescriptor FileTooLarge { get; } = Rule("RMP-DISC-001", "File too large to scan", Severity.High,
        "The file is larger than the configured maximum and was not scanned, so whatever it holds was not checked.",
        "Raise scan.limits.maxFileBytes in rampart.yaml (default 64 MiB), split the file, or ignore it in .rampartignore.");

    public static RuleDescriptor BrokenLink { get; } = Rule("RMP-DISC-002", "Broken symbolic link", Severity.Info,
        "A symbolic link points at nothing (or at a loop of links) and was skipped.",
        "Remove the link or point it at an existing file.");

    public static RuleDescriptor LinkOutsideRoot { get; } = Rule("RMP-DISC-003", "Symbolic link leads outside the scan root", Severity.Info,
        "Links are never followed out of the scanned folder, so what it points at was not scanned.",
        "Scan the folder the link points into, or copy the file into the repository.");

    public static RuleDescriptor Unreadable { get; } = Rule("RMP-DISC-004", "Unreadable file or folder", Severity.High,
        "The file or folder could not be read (permissions, or it changed during the scan), so what it holds was not checked.",
        "Give the scanning user read access, or ignore the path in .rampartignore.");

    public static RuleDescriptor FileLimitReached { get; } = Rule("RMP-DISC-005", "File limit reached", Severity.High,
        "The walk stopped after the configured number of files; later files were not scanned or checked.",
        "Raise scan.limits.maxFiles in rampart.yaml (default 1,000,000) or ignore generated folders in .rampartignore.");

    public static RuleDescriptor TooDeep { get; } = Rule("RMP-DISC-006", "Folder nesting too deep", Severity.High,
        "The folder is nested deeper than the configured maximum and was not entered, so nothing below it was checked.",
        "Raise scan.limits.maxFolderDepth in rampart.yaml (default 128) or ignore the folder in .rampartignore.");

    public static RuleDescriptor InvalidName { get; } = Rule("RMP-DISC-007", "Name is not valid UTF-8", Severity.High,
        "The file or folder name holds bytes that are not UTF-8, so it cannot be opened by its name and was not scanned; git and Kubernetes tools read it all the same.",
        "Rename it to a UTF-8 name.");

    public static RuleDescriptor BinaryFile { get; } = Rule("RMP-DISC-008", "Binary file named as YAML or JSON", Severity.High,
        "The file is named .yaml, .yml or .json but holds NUL bytes in its first 8 KB, so it was not loaded or checked.",
        "Remove the file or give it a name that says what it is; save text as UTF-8.");

    public static RuleDescriptor NotRenderedRule { get; } = Rule("RMP-DISC-010", "Template or patch not rendered", Severity.Info,
        "Helm templates and Kustomize patches are only meaningful after rendering; they are not checked as they stand.",
        "Render the chart (helm template) or the overlay (kustomize build) and scan the output.");

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
        [FileTooLarge, BrokenLink, LinkOutsideRoot, Unreadable, FileLimitReached, TooDeep, InvalidName, BinaryFile, NotRenderedRule];

    /// <summary>The info finding for a Helm template or Kustomize patch (a file with a <see cref="DiscoveredFile.NotRenderedReason"/>).</summary>
    public static Finding NotRendered(DiscoveredFile file) =>
        Create(NotRenderedRule, file.RelativePath, file.NotRenderedReason ?? "not rendered");

    /// <summary>The info finding for a file whose documents hold Go template actions found when it was loaded.</summary>
    public static Finding NotRendered(string path, int line) =>
        NotRenderedRule.Report(
            $"template actions ({{{{ … }}}}) on line {line} make it YAML only after rendering; the documents holding them were not checked (not rendered)",
            new SourceLocation(path, line, 1));

    /// <summary>The finding for a binary file named like YAML or JSON (<see cref="FileKind.Binary"/> with a format).</summary>
    public static Finding Binary(DiscoveredFile file) =>
        Create(BinaryFile, file.RelativePath, "not scanned: the file is named like YAML or JSON but holds NUL bytes in its first 8 KB (binary content)");

    /// <summary>The finding for a file that was found but could not be read when it was loaded.</summary>
    public static Finding UnreadableFile(string path, string why) => Create(Unreadable, path, "not scanned: " + why);

    internal static Finding Create(RuleDescriptor rule, string path, string message) => rule.Report(message, new SourceLocation(path));

    internal static DiscoveryProblem Problem(RuleDescriptor rule, string path, string message) =>
        new(path, Create(rule, path, message));

    private static RuleDescriptor Rule(string id, string title, Severity severity, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Schema,
        Severity = severity,
        Responsibility = Responsibility.Developers,
        Description = description,
        Remediation = remediation,
        HelpUri = "docs/discovery.md",
    };
}
