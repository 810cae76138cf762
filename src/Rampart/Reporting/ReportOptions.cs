namespace Rampart.Reporting;

/// <summary>
/// What the caller decides about the output, as opposed to what was found: colour, width, where the
/// repository lives. The command line fills these from its flags and the environment.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>GitHub refuses a comment longer than this many characters.</summary>
    public const int GitHubCommentLimit = 65_536;

    /// <summary>GitHub code scanning accepts at most this many results in one SARIF run.</summary>
    public const int GitHubSarifResultLimit = 25_000;

    public static ReportOptions Default { get; } = new();

    /// <summary>ANSI colour in the table. Off by default: files and pipes get plain text.</summary>
    public bool Color { get; init; }

    /// <summary>Box-drawing characters in the table; ASCII borders when false.</summary>
    public bool Unicode { get; init; } = true;

    /// <summary>The widest line the table may print, in terminal cells.</summary>
    public int Width { get; init; } = 120;

    /// <summary>
    /// The absolute path of the scanned repository's root. SARIF names it as <c>%SRCROOT%</c> in
    /// <c>originalUriBaseIds</c>; findings' paths stay relative to it. Null leaves the base to the consumer.
    /// </summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>
    /// Where the scanned folder sits below <see cref="RepositoryRoot"/> (<c>deploy/</c>), or empty. SARIF puts it
    /// before findings' paths: GitHub code scanning reads every relative path from the repository's root and
    /// ignores <c>originalUriBaseIds</c>, so a scan of a subfolder would otherwise point at the wrong files.
    /// </summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>
    /// A prefix that turns a finding's relative path into a link in the Markdown comment, such as
    /// <c>https://github.com/org/repo/blob/0123abc/</c>. Null keeps links relative.
    /// </summary>
    public string? SourceLinkBase { get; init; }

    /// <summary>The longest Markdown comment written, in characters; longer ones are cut with a note.</summary>
    public int MarkdownMaxCharacters { get; init; } = GitHubCommentLimit;

    /// <summary>
    /// The most findings the table lists one by one (the blocking and most severe first); the others are counted.
    /// A terminal table of tens of thousands of rows helps nobody and takes longer to draw than the scan.
    /// </summary>
    public int TableMaxFindings { get; init; } = 1000;

    /// <summary><c>--severity</c>: the table lists findings at or above it (the others are counted); null lists every severity.</summary>
    public Findings.Severity? MinimumSeverity { get; init; }

    /// <summary><c>--quiet</c>: the table lists only the open findings that fail the gate, and the verdict.</summary>
    public bool OnlyBlocking { get; init; }

    /// <summary><c>--show-all</c>: the table lists suppressed, waived and baselined findings too; by default it counts them.</summary>
    public bool ShowNotOpen { get; init; }

    /// <summary>The most SARIF results written; the most severe are kept and the run says how many were left out.</summary>
    public int SarifMaxResults { get; init; } = GitHubSarifResultLimit;

    /// <summary>
    /// How many threads serialise the findings of a large JSON or SARIF report; the bytes are the same whatever it is.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many findings one thread serialises at a time when <see cref="Parallelism"/> is above one.</summary>
    internal int FindingsPerBlock { get; init; } = 128;

    /// <summary>
    /// Whether to colour the output: never with <c>--no-color</c>, never when <c>NO_COLOR</c> is set to a
    /// non-empty value (no-color.org), never when the output is redirected to a file or a pipe.
    /// </summary>
    public static bool ShouldUseColor(bool noColorFlag, bool outputRedirected, string? noColorVariable) =>
        !noColorFlag && !outputRedirected && string.IsNullOrEmpty(noColorVariable);
}
