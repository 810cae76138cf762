namespace Rampart.Cli.Commands;

/// <summary>The command line of <c>rampart scan</c>, as typed (validated by <see cref="ScanSetup"/>).</summary>
internal sealed record ScanCommandArguments
{
    public required string Path { get; init; }

    /// <summary>Every path given (several are scanned as one); empty when none was given.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Scan standard input instead of <see cref="Path"/> (<c>-</c> or <c>--stdin</c>).</summary>
    public bool Stdin { get; init; }

    /// <summary>A usage error in the paths given, found before anything is read.</summary>
    public string? PathError { get; init; }
    public string Format { get; init; } = "table";
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public string? FailOn { get; init; }
    public IReadOnlyList<string> Scanners { get; init; } = [];
    public IReadOnlyList<string> Schemas { get; init; } = [];
    public IReadOnlyList<string> Policies { get; init; } = [];
    public string? KubernetesVersion { get; init; }
    public string? Config { get; init; }
    public string? Baseline { get; init; }
    public string? Diff { get; init; }

    /// <summary><c>--history</c>: scan the lines the commits added instead of the files.</summary>
    public bool History { get; init; }

    /// <summary><c>--since</c>: with <see cref="History"/>, only the commits after this revision.</summary>
    public string? Since { get; init; }

    /// <summary><c>--staged</c>: scan the lines the index adds against HEAD.</summary>
    public bool Staged { get; init; }
    public bool NoColor { get; init; }
    public bool NoProgress { get; init; }

    /// <summary>The cache folder (<c>--cache-dir</c>: charts and the vulnerability database); null for <c>RAMPART_CACHE_DIR</c> or the user's cache folder.</summary>
    public string? CacheDir { get; init; }

    /// <summary><c>--rule</c>: only these checks run.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary><c>--skip-rule</c>: these rules do not report.</summary>
    public IReadOnlyList<string> SkipRules { get; init; } = [];

    /// <summary><c>--vex</c>: OpenVEX documents.</summary>
    public IReadOnlyList<string> Vex { get; init; } = [];

    /// <summary><c>--advisories</c>: a folder of OSV JSON records.</summary>
    public string? Advisories { get; init; }

    /// <summary><c>--severity</c>: the table shows findings at or above it.</summary>
    public string? Severity { get; init; }

    /// <summary><c>--quiet</c>: the table shows only the open findings that fail the gate.</summary>
    public bool Quiet { get; init; }

    /// <summary><c>--show-all</c>: the table also lists suppressed, waived and baselined findings.</summary>
    public bool ShowAll { get; init; }

    /// <summary><c>--upload</c> and its companions: send the JSON report to the store; null without <c>--upload</c>.</summary>
    public UploadRequest? Upload { get; init; }
}
