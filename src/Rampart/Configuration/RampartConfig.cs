using Rampart.Findings;
using Rampart.Rendering;

namespace Rampart.Configuration;

/// <summary>
/// The settings of <c>rampart.yaml</c> (and <c>.rampart/waivers.yaml</c>). Every part is optional; an
/// absent file means the defaults below.
/// </summary>
public sealed record RampartConfig
{
    public static RampartConfig Default { get; } = new();

    /// <summary>Threshold for findings no team owns, and for every finding when no team sets its own.</summary>
    public GateThresholds Gate { get; init; } = GateThresholds.None;
    public IReadOnlyList<TeamConfig> Teams { get; init; } = [];
    public IReadOnlyList<RoutingRule> Routing { get; init; } = [];
    public IReadOnlyList<WaiverConfig> Waivers { get; init; } = [];

    /// <summary>Teams whose members may approve any waiver; the owning team's members always may.</summary>
    public IReadOnlyList<string> WaiverApprovers { get; init; } = ["security"];

    /// <summary>Where CODEOWNERS is: null to detect it, "none" to ignore it, or a path.</summary>
    public string? CodeOwners { get; init; }
    /// <summary>"github", "gitlab" or null to detect.</summary>
    public string? CodeOwnersFlavor { get; init; }

    public IReadOnlyList<string> Scanners { get; init; } = [];

    /// <summary><c>secrets.allowPaths</c>: path globs whose files the secret analyzer does not read (test fixtures, vendored data).</summary>
    public IReadOnlyList<string> SecretAllowPaths { get; init; } = [];

    /// <summary>How much a scan renders (<c>scan.render</c>).</summary>
    public RenderLimits Render { get; init; } = RenderLimits.Default;

    /// <summary>Where vulnerability data comes from and how old it may be (<c>vulnerabilities</c>).</summary>
    public VulnerabilitySettings Vulnerabilities { get; init; } = VulnerabilitySettings.Default;

    /// <summary>The bounds of the walk (<c>scan.limits</c>).</summary>
    public ScanLimits Limits { get; init; } = ScanLimits.Default;

    /// <summary>Where each entry of <see cref="Scanners"/> is written, in the same order, for errors at their line.</summary>
    public IReadOnlyList<ConfigSource> ScannerSources { get; init; } = [];
    public IReadOnlyList<string> Policies { get; init; } = [];
    /// <summary>A folder (inside the repository) or a URL; a URL is fetched only when the command line allows it.</summary>
    public string? Schemas { get; init; }
    /// <summary>Where <see cref="Schemas"/> is written (line and column), for the error that a URL needs the command line.</summary>
    public ConfigSource? SchemasSource { get; init; }

    /// <summary><c>scan.kubernetesVersion</c>: the target release for removed and deprecated API versions (<c>--kubernetes-version</c> wins).</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>
    /// The schema sources of a scan: <paramref name="commandLine"/> when it names any (the operator's word: folders
    /// or URLs), else <see cref="Schemas"/> as a folder of <paramref name="root"/>. A URL in the configuration is
    /// <paramref name="error"/> instead: a repository's configuration does not make the scan open connections.
    /// </summary>
    public IReadOnlyList<string> SchemaSources(string root, IReadOnlyList<string> commandLine, out ConfigError? error)
    {
        error = null;
        if (commandLine.Count > 0 || Schemas is not { } configured)
        {
            return commandLine;
        }

        if (ConfigPaths.IsUrl(configured))
        {
            error = (SchemasSource ?? new ConfigSource(ConfigLoader.FileName, 0)).Error(
                $"scan.schemas is a URL; a configuration file cannot make the scan fetch it: pass --schemas {configured} on the command line to allow it");
            return [];
        }

        return [Path.GetFullPath(Path.Combine(root, configured))];
    }

    /// <summary>Severities set per reason for what could not be scanned (<c>scan.unscanned</c>); the rest stay high.</summary>
    public IReadOnlyDictionary<UnscannedReason, Severity> Unscanned { get; init; } = new Dictionary<UnscannedReason, Severity>();

    /// <summary>Parameters of policies (<c>params</c>), by policy id, in the order written.</summary>
    public IReadOnlyList<PolicyParameterConfig> PolicyParameters { get; init; } = [];

    /// <summary>Which rules report and at what severity (<c>rules</c>; <c>--rule</c> and <c>--skip-rule</c> merged in).</summary>
    public RuleSettings Rules { get; init; } = RuleSettings.Default;

    /// <summary>The admission webhook's settings (<c>admission</c>); <c>rampart scan</c> ignores them.</summary>
    public AdmissionConfig Admission { get; init; } = AdmissionConfig.Default;

    /// <summary>The findings store's settings (<c>store</c>).</summary>
    public StoreSettings Store { get; init; } = StoreSettings.Default;

    /// <summary>
    /// Where the scanned folder sits below the folder of this configuration file (<c>deploy/</c>), empty when the file
    /// is in the scanned folder or was named with <c>--config</c>. Path globs of routing rules and waivers are written
    /// from the configuration's folder, so they are matched against this prefix followed by a finding's path.
    /// </summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>The folder the paths this configuration names are relative to, for a scan of <paramref name="scanRoot"/>.</summary>
    public string FolderOf(string scanRoot)
    {
        var folder = Path.GetFullPath(scanRoot);
        for (var depth = PathPrefix.Count(c => c == '/'); depth > 0; depth--)
        {
            folder = Path.GetDirectoryName(folder) ?? folder;
        }

        return folder;
    }

    public TeamConfig? FindTeam(string owner) => Teams.FirstOrDefault(t => t.IsNamedBy(owner));

    public IEnumerable<TeamConfig> TeamsOf(Finding finding) =>
        Teams.Where(t => finding.Owners.Any(t.IsNamedBy));
}
