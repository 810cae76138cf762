using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// The rules the loader (and <see cref="Kubernetes.ObjectReader"/>) report. Every load problem is a finding of
/// one of these rules, in category <see cref="Category.Schema"/>, owned by the platform side.
/// </summary>
public static class LoadRules
{
    public static RuleDescriptor SyntaxError { get; } = Rule(
        "RMP-LOAD-001", "YAML syntax error", Severity.High,
        "The document is not valid YAML or JSON; Kubernetes cannot read it, and no check ran on it.",
        "Fix the syntax at the line and column given; the other documents of the file are still checked.");

    public static RuleDescriptor DuplicateKey { get; } = Rule(
        "RMP-LOAD-002", "Duplicate key", Severity.Medium,
        "A mapping names the same key twice. Kubernetes keeps the last value (and rejects the object under strict field validation).",
        "Remove one of the two keys.");

    public static RuleDescriptor AmbiguousValue { get; } = Rule(
        "RMP-LOAD-003", "Ambiguous unquoted value", Severity.Low,
        "An unquoted value means one thing to Kubernetes (YAML 1.1 rules) and another to YAML 1.2 tools or to a reader: yes/no/on/off booleans, 0644 octal, 0b binary, 1_000, 1e3, 1:20.",
        "Quote the value if it is text, or write it in an unambiguous form (true/false, 420, 1000).");

    public static RuleDescriptor TooDeep { get; } = Rule(
        "RMP-LOAD-004", "Nesting too deep", Severity.High,
        "The document nests collections deeper than the load limit; it was not loaded.",
        "Flatten the document; real Kubernetes objects nest a few dozen levels at most.");

    public static RuleDescriptor AliasBomb { get; } = Rule(
        "RMP-LOAD-005", "Alias expansion over budget", Severity.High,
        "Following the document's aliases (and merge keys) would create more nodes than the load limit allows (the 'billion laughs' shape); it was not loaded.",
        "Replace the aliases with plain content, or remove the document.");

    public static RuleDescriptor InvalidEncoding { get; } = Rule(
        "RMP-LOAD-006", "Invalid UTF-8", Severity.High,
        "The file holds bytes that are not valid UTF-8, or is UTF-16/UTF-32 encoded; the affected document was not loaded.",
        "Save the file as UTF-8.");

    public static RuleDescriptor FileTooLarge { get; } = Rule(
        "RMP-LOAD-007", "File too large", Severity.High,
        "The file is larger than the load limit and was not loaded (or was loaded only up to the limit), so what it holds was not checked.",
        "Split the file, or raise scan.limits.maxFileBytes in rampart.yaml if the file is expected to be this large.");

    public static RuleDescriptor BinaryContent { get; } = Rule(
        "RMP-LOAD-008", "Binary or control characters", Severity.High,
        "The file holds NUL bytes or other control characters that YAML does not allow; the document holding them was not loaded or checked.",
        "Remove the control characters, or exclude binary files from the scan.");

    public static RuleDescriptor UnknownAlias { get; } = Rule(
        "RMP-LOAD-009", "Unknown alias", Severity.High,
        "An alias (*name) refers to an anchor (&name) that is not defined before it in the same document.",
        "Define the anchor before the alias, in the same document.");

    public static RuleDescriptor ParserFailure { get; } = Rule(
        "RMP-LOAD-010", "YAML parser failure", Severity.High,
        "The YAML parser failed on this document in an unexpected way; it was not loaded.",
        "Check the document with another YAML tool; report the input if it is valid YAML.");

    public static RuleDescriptor InvalidMerge { get; } = Rule(
        "RMP-LOAD-011", "Invalid merge key", Severity.High,
        "The value of a merge key (<<) is not a mapping or a sequence of mappings; Kubernetes rejects the document.",
        "Merge only mappings: '<<: *anchor' or '<<: [*a, *b]'.");

    public static RuleDescriptor MergeOverridesKey { get; } = Rule(
        "RMP-LOAD-012", "Merge overrides an earlier key", Severity.Low,
        "A merge key (<<) comes after a key it also sets. Kubernetes' YAML reader (go-yaml v2) applies merges in place, so the merged value wins over the key written before it, unlike YAML 1.2 tools.",
        "Put the merge key (<<) first in the mapping.");

    public static RuleDescriptor TagMismatch { get; } = Rule(
        "RMP-LOAD-013", "Value does not match its tag", Severity.High,
        "A value with an explicit tag (!!int, !!bool, !!float, !!null, !!timestamp, !!binary) cannot be read as that type; Kubernetes rejects the document.",
        "Fix the value or remove the tag.");

    public static RuleDescriptor UnsupportedKey { get; } = Rule(
        "RMP-LOAD-014", "Key Kubernetes cannot read", Severity.High,
        "A mapping key is a collection, null, or a number too large for JSON conversion; Kubernetes' YAML-to-JSON conversion rejects the document.",
        "Use a string key.");

    public static RuleDescriptor NotAnObject { get; } = Rule(
        "RMP-LOAD-015", "Document is not a Kubernetes object", Severity.Medium,
        "A document of a manifest file is not a mapping with a string apiVersion and kind (or a List item is not), so Kubernetes cannot apply it.",
        "Add apiVersion and kind, or move the content out of the manifest file.");

    public static RuleDescriptor NotJsonNumber { get; } = Rule(
        "RMP-LOAD-016", "Number JSON cannot hold", Severity.High,
        "The value .inf, -.inf or .nan is a YAML float that has no JSON form; Kubernetes' conversion to JSON fails for the whole document.",
        "Quote the value or use a finite number.");

    /// <summary>Every rule above, for report metadata.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        SyntaxError, DuplicateKey, AmbiguousValue, TooDeep, AliasBomb, InvalidEncoding, FileTooLarge, BinaryContent,
        UnknownAlias, ParserFailure, InvalidMerge, MergeOverridesKey, TagMismatch, UnsupportedKey, NotAnObject, NotJsonNumber,
    ];

    /// <summary>A finding of <paramref name="rule"/> at <paramref name="at"/> in <paramref name="path"/>.</summary>
    /// <summary>
    /// A load finding. It has neither a resource nor a field, so its message (which quotes the value or key concerned)
    /// is what tells it apart from the rule's other findings in the file, and is part of its fingerprint.
    /// </summary>
    public static Finding Finding(RuleDescriptor rule, string path, Mark at, string message)
    {
        var finding = rule.Report(message, new SourceLocation(path, at.Line, at.Column));
        return finding with { Discriminator = finding.Message };
    }

    private static RuleDescriptor Rule(string id, string title, Severity severity, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Schema,
        Severity = severity,
        Responsibility = Responsibility.Platform,
        Description = description,
        Remediation = remediation,
        HelpUri = "docs/loading.md#" + id.ToLowerInvariant(),
    };
}
