namespace Rampart.Scanning;

/// <summary>
/// What a host asks a scan for, as given (command-line flags, or an API call's fields): the engine merges it with
/// the repository's <c>rampart.yaml</c> and the defaults into <see cref="ScanOptions"/> (<see cref="ScanSettings"/>).
/// Paths are as the host's user wrote them, relative to the current folder.
/// </summary>
public sealed record ScanRequest
{
    /// <summary>The folder (or file) to scan; ignored when <see cref="Input"/> is given or <see cref="Paths"/> names several.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// Several files and folders to scan as one (<c>rampart scan a.yaml b/ c.yaml</c>): one report and one gate, each
    /// path placed under one root (see <see cref="Artifacts.PathsArtifact"/>). With fewer than two, <see cref="Path"/> is scanned.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>
    /// A stream of manifests to scan instead of <see cref="Path"/> (standard input): read to its end, at most
    /// <see cref="Discovery.DiscoveryOptions.MaxFileBytes"/>, and scanned as one file named
    /// <see cref="Artifacts.MemoryArtifact.StreamFileName"/>. No <c>rampart.yaml</c> or CODEOWNERS is looked for
    /// (a stream has no folder); <see cref="ConfigPath"/> still names a configuration.
    /// </summary>
    public Stream? Input { get; init; }

    /// <summary>A configuration file to use instead of the repository's <c>rampart.yaml</c>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The default gate's threshold: a severity, or <c>none</c>; over <c>gate.failOn</c>.</summary>
    public string? FailOn { get; init; }

    /// <summary>Analyzer names (comma-separated lists allowed); over <c>scan.scanners</c>.</summary>
    public IReadOnlyList<string> Scanners { get; init; } = [];

    /// <summary>Schema sources (folders or URLs); over <c>scan.schemas</c>, and the only way to name a URL.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>Folders of user policies, added to those of <c>scan.policies</c>.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    public string? KubernetesVersion { get; init; }

    /// <summary>A baseline file (from <c>rampart baseline create</c>).</summary>
    public string? BaselinePath { get; init; }

    /// <summary><c>--advisories</c>: a folder of OSV JSON records to match dependencies against; over <c>vulnerabilities.advisories</c>.</summary>
    public string? Advisories { get; init; }

    /// <summary><c>--vex</c>: OpenVEX documents, added to those of <c>vulnerabilities.vex</c>.</summary>
    public IReadOnlyList<string> Vex { get; init; } = [];

    /// <summary><c>--rule</c>: rule ids, aliases, globs or categories; when given, only the checks they select run.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary><c>--skip-rule</c>: rule ids, aliases, globs or categories that do not report.</summary>
    public IReadOnlyList<string> SkipRules { get; init; } = [];
}
