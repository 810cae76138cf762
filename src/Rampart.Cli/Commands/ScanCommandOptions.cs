using System.CommandLine;
using System.CommandLine.Parsing;
using Rampart.Cli.Output;

namespace Rampart.Cli.Commands;

/// <summary>The options of <c>rampart scan</c> (shared with <c>rampart baseline create</c>).</summary>
internal sealed class ScanCommandOptions
{
    /// <summary>The path that names standard input.</summary>
    public const string StandardInputPath = "-";

    private readonly Argument<string[]> path = new("path")
    {
        Description = "The repository or folder to scan, several files and folders of one repository (scanned as one), or - for manifests on standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = $"Format written to standard output: {string.Join(", ", CliReportFormats.All.Names)}.",
        DefaultValueFactory = _ => "table",
    };

    private readonly Option<string[]> output = new("--output", "-o")
    {
        Description = "Also write a report to a file, as FORMAT=PATH (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> failOn = new("--fail-on")
    {
        Description = "Fail (exit 1) on open findings at or above this severity: critical, high, medium, low, info, or none. Overrides gate.failOn of rampart.yaml; default high.",
    };

    private readonly Option<string[]> scanners = new("--scanners")
    {
        Description = $"Analyzers to run, comma-separated: {string.Join(", ", Rampart.Scanning.BuiltInAnalyzers.Registry.Names)} (default: all).",
    };

    private readonly Option<string[]> schemas = new("--schemas")
    {
        Description = "Kubernetes OpenAPI v3 documents to validate against: a folder or URL in the api/openapi-spec/v3 layout, or a cluster's /openapi/v3 (repeatable).",
    };

    private readonly Option<string[]> policies = new("--policies")
    {
        Description = "A folder of your own policies (ValidatingAdmissionPolicy files), added to the built-in pack; a policy with a built-in's id replaces it (repeatable).",
    };

    private readonly Option<string?> kubernetesVersion = new("--kubernetes-version")
    {
        Description = "The target Kubernetes release, such as 1.35: API versions it removed are errors, deprecated ones warnings (default: the newest built in); the schemas `rampart schemas pull` cached for it are used when present.",
    };

    private readonly Option<string?> config = new("--config")
    {
        Description = "Configuration file (default: rampart.yaml in the scanned folder, when present).",
    };

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "Gate only on findings not in this baseline (from `rampart baseline create`).",
    };

    private readonly Option<string?> diff = new("--diff")
    {
        Description = "Report only findings in files changed since this git revision, classified new, fixed or unchanged.",
    };

    private readonly Option<bool> history = new("--history")
    {
        Description = "Scan for secrets the lines every commit reachable from HEAD added, reporting the commit, its author and date, and whether the secret is still at HEAD.",
    };

    private readonly Option<string?> since = new("--since")
    {
        Description = "With --history: only the commits after this git revision.",
    };

    private readonly Option<bool> staged = new("--staged")
    {
        Description = "Scan for secrets the lines the index adds against HEAD (for a pre-commit hook).",
    };

    private readonly Option<bool> stdin = new("--stdin") { Description = "Scan the manifests on standard input (as PATH -), such as the output of helm template." };

    private readonly Option<bool> noColor = new("--no-color") { Description = "No colour (also: the NO_COLOR variable, or output redirected)." };

    private readonly Option<string[]> rule = new("--rule")
    {
        Description = "Run only the checks this selects: a rule id, alias, glob (RMP-K8S-02*) or category (repeatable); the scan's own rules (what could not be scanned) still report.",
    };

    private readonly Option<string[]> skipRule = new("--skip-rule")
    {
        Description = "Do not report the rules this selects: a rule id, alias, glob or category (repeatable).",
    };

    private readonly Option<string[]> vex = new("--vex")
    {
        Description = "An OpenVEX document whose not_affected and fixed statements suppress the vulnerability findings they name (repeatable; added to vulnerabilities.vex).",
    };

    private readonly Option<string?> advisories = new("--advisories")
    {
        Description = "Match dependencies against the OSV JSON records in this folder instead of the local database (offline; over vulnerabilities.advisories).",
    };

    private readonly Option<string?> severity = new("--severity")
    {
        Description = "Show in the table only findings at or above this severity: critical, high, medium, low, info (the gate and the other formats are not changed).",
    };

    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "Show in the table only the open findings that fail the gate." };

    private readonly Option<bool> showAll = new("--show-all") { Description = "Also list suppressed, waived and baselined findings in the table (by default they are only counted)." };

    private readonly Option<bool> noProgress = new("--no-progress") { Description = "No progress on standard error." };

    private readonly Option<string?> cacheDir = ChartsCommand.CacheDirOption();

    private readonly UploadOptions upload = new();

    public void AddTo(Command command, bool withReports = true)
    {
        path.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.StartsWith('-') && value != StandardInputPath)
                {
                    result.AddError($"unknown option '{value}'");
                }
            }
        });
        command.Arguments.Add(path);
        if (withReports)
        {
            command.Options.Add(format);
            command.Options.Add(output);
            command.Options.Add(failOn);
            command.Options.Add(baseline);
            command.Options.Add(diff);
            command.Options.Add(history);
            command.Options.Add(since);
            command.Options.Add(staged);
            command.Options.Add(noColor);
            command.Options.Add(severity);
            command.Options.Add(quiet);
            command.Options.Add(showAll);
            upload.AddTo(command);
        }
        else
        {
            // baseline create --history records the secrets of the commits.
            command.Options.Add(history);
            command.Options.Add(since);
        }

        command.Options.Add(scanners);
        command.Options.Add(schemas);
        command.Options.Add(policies);
        command.Options.Add(kubernetesVersion);
        command.Options.Add(config);
        command.Options.Add(stdin);
        command.Options.Add(rule);
        command.Options.Add(skipRule);
        command.Options.Add(vex);
        command.Options.Add(advisories);
        command.Options.Add(noProgress);
        command.Options.Add(cacheDir);
    }

    /// <summary>Standard input is scanned alone: <c>-</c> among other paths, or <c>--stdin</c> with a path, is a usage error.</summary>
    private static string? PathError(string[] given, bool stdinOption)
    {
        if (stdinOption && given.FirstOrDefault(p => p != StandardInputPath) is { } other)
        {
            return $"--stdin scans standard input; it takes no path (got '{other}')";
        }

        return given.Length > 1 && given.Contains(StandardInputPath)
            ? $"- scans standard input alone; it cannot be given with other paths ({string.Join(" ", given)})"
            : null;
    }

    public ScanCommandArguments Read(ParseResult parse)
    {
        var given = parse.GetValue(path) ?? [];
        var stdinOption = parse.GetValue(stdin);
        return new()
        {
            Path = given.Length > 0 ? given[0] : ".",
            Paths = given,
            Stdin = stdinOption || given.Contains(StandardInputPath),
            PathError = PathError(given, stdinOption),
            Format = parse.GetValue(format) ?? "table",
            Outputs = parse.GetValue(output) ?? [],
            FailOn = parse.GetValue(failOn),
            Scanners = parse.GetValue(scanners) ?? [],
            Schemas = parse.GetValue(schemas) ?? [],
            Policies = parse.GetValue(policies) ?? [],
            KubernetesVersion = parse.GetValue(kubernetesVersion),
            Config = parse.GetValue(config),
            Baseline = parse.GetValue(baseline),
            Diff = parse.GetValue(diff),
            History = parse.GetValue(history),
            Since = parse.GetValue(since),
            Staged = parse.GetValue(staged),
            NoColor = parse.GetValue(noColor),
            NoProgress = parse.GetValue(noProgress),
            CacheDir = parse.GetValue(cacheDir),
            Rules = parse.GetValue(rule) ?? [],
            SkipRules = parse.GetValue(skipRule) ?? [],
            Vex = parse.GetValue(vex) ?? [],
            Advisories = parse.GetValue(advisories),
            Severity = parse.GetValue(severity),
            Quiet = parse.GetValue(quiet),
            ShowAll = parse.GetValue(showAll),
            Upload = upload.Read(parse),
        };
    }
}
