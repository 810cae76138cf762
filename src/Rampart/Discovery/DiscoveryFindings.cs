using Rampart.Findings;

namespace Rampart.Discovery;

/// <summary>The findings discovery reports: all informational, all about files that were not scanned as they stand.</summary>
public static class DiscoveryFindings
{
    public static RuleDescriptor FileTooLarge { get; } = Rule("RMP-DISC-001", "File too large to scan",
        "The file is larger than the configured maximum and was not scanned.",
        "Raise the limit (discovery max file size) or ignore the file in .rampartignore.");

    public static RuleDescriptor BrokenLink { get; } = Rule("RMP-DISC-002", "Broken symbolic link",
        "A symbolic link points at nothing (or at a loop of links) and was skipped.",
        "Remove the link or point it at an existing file.");

    public static RuleDescriptor LinkOutsideRoot { get; } = Rule("RMP-DISC-003", "Symbolic link leads outside the scan root",
        "Links are never followed out of the scanned folder, so what it points at was not scanned.",
        "Scan the folder the link points into, or copy the file into the repository.");

    public static RuleDescriptor Unreadable { get; } = Rule("RMP-DISC-004", "Unreadable file or folder",
        "The file or folder could not be read (permissions, or it changed during the scan).",
        "Give the scanning user read access, or ignore the path in .rampartignore.");

    public static RuleDescriptor FileLimitReached { get; } = Rule("RMP-DISC-005", "File limit reached",
        "The walk stopped after the configured number of files; later files were not scanned.",
        "Raise the limit (discovery max files) or ignore generated folders.");

    public static RuleDescriptor TooDeep { get; } = Rule("RMP-DISC-006", "Folder nesting too deep",
        "The folder is nested deeper than the configured maximum and was not entered.",
        "Raise the limit (discovery max depth) or ignore the folder.");

    public static RuleDescriptor NotRenderedRule { get; } = Rule("RMP-DISC-010", "Template or patch not rendered",
        "Helm templates and Kustomize patches are only meaningful after rendering; they are not checked as they stand.",
        "Render the chart (helm template) or the overlay (kustomize build) and scan the output.");

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
        [FileTooLarge, BrokenLink, LinkOutsideRoot, Unreadable, FileLimitReached, TooDeep, NotRenderedRule];

    /// <summary>The info finding for a Helm template or Kustomize patch (a file with a <see cref="DiscoveredFile.NotRenderedReason"/>).</summary>
    public static Finding NotRendered(DiscoveredFile file) =>
        Create(NotRenderedRule, file.RelativePath, file.NotRenderedReason ?? "not rendered");

    internal static Finding Create(RuleDescriptor rule, string path, string message) => rule.Report(message, new SourceLocation(path));

    internal static DiscoveryProblem Problem(RuleDescriptor rule, string path, string message) =>
        new(path, Create(rule, path, message));

    private static RuleDescriptor Rule(string id, string title, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Schema,
        Severity = Severity.Info,
        Responsibility = Responsibility.Developers,
        Description = description,
        Remediation = remediation,
        HelpUri = "docs/discovery.md",
    };
}
