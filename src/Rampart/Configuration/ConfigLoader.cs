using System.Globalization;
using Rampart.Changes;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>rampart.yaml</c> and <c>.rampart/waivers.yaml</c>. Problems are returned as
/// <see cref="ConfigError"/>s naming file and line (the CLI exits with code 2 on any); nothing throws.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "rampart.yaml";
    public const string WaiversFileName = ".rampart/waivers.yaml";

    /// <summary>The largest configuration or waivers file read.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    private static readonly LoadLimits Limits = new() { MaxFileBytes = MaxFileBytes };

    /// <summary>The other name of the configuration file, found like <see cref="FileName"/>.</summary>
    public const string OtherFileName = "rampart.yml";

    /// <summary>
    /// Loads the configuration of a scan of <paramref name="scanRoot"/>: <paramref name="configPath"/> if given (the
    /// operator's file, read wherever it is), else the nearest <c>rampart.yaml</c> or <c>rampart.yml</c> from the
    /// scanned folder up to the top of its git work tree (the way CODEOWNERS is found above a scanned subfolder);
    /// both names in one folder is an error naming both. The folder the file is found in is the configuration's
    /// root: the paths it names, and <c>.rampart/waivers.yaml</c> beside it, are relative to that folder, and
    /// <see cref="RampartConfig.PathPrefix"/> says where the scanned folder sits below it. A file that leads out of
    /// its folder (through a symbolic link) is an error and is never opened; the paths the configuration names are
    /// checked the same way (<see cref="ConfigPaths"/>).
    /// </summary>
    public static ConfigLoadResult LoadForRepository(string scanRoot, string? configPath = null)
    {
        var errors = new List<ConfigError>();
        var config = RampartConfig.Default;
        if (configPath is not null && !File.Exists(configPath))
        {
            return new ConfigLoadResult(config, [new ConfigError(configPath, 0, 0, "configuration file not found")]);
        }

        var root = scanRoot;
        string? path;
        string display;
        if (configPath is not null)
        {
            (path, display) = (configPath, DisplayPath(scanRoot, configPath));
        }
        else
        {
            (root, var name) = Locate(scanRoot, errors);
            path = RepositoryFile(root, name, errors);
            // A file found above the scanned folder is named from it (../rampart.yaml) in errors.
            display = Path.GetRelativePath(Path.GetFullPath(scanRoot), Path.Combine(root, name)).Replace('\\', '/');
        }

        if (path is not null)
        {
            var main = Parse(LoadFile(path, display), display, root);
            config = main.Config;
            errors.AddRange(main.Errors);
        }

        if (RepositoryFile(root, WaiversFileName, errors) is { } waiversPath)
        {
            var reader = new ConfigReader(WaiversFileName);
            var waivers = new List<WaiverConfig>(config.Waivers);
            if (ReadRoot(LoadFile(waiversPath, reader.Path), reader) is { } map)
            {
                reader.OnlyKeys(map, "the waivers file", "waivers");
                waivers.AddRange(WaiverReader.ReadAll(reader, map["waivers"]));
            }

            errors.AddRange(reader.Errors);
            config = config with { Waivers = waivers };
        }

        var prefix = Path.GetRelativePath(root, Path.GetFullPath(scanRoot)).Replace('\\', '/');
        return new ConfigLoadResult(config with { PathPrefix = prefix == "." ? "" : prefix + "/" }, errors);
    }

    /// <summary>
    /// The folder of the configuration file that applies to <paramref name="scanRoot"/> and the file's name there: the
    /// nearest folder, from the scanned one up to the top of its work tree, with <c>rampart.yaml</c> or
    /// <c>rampart.yml</c>; the scanned folder and <see cref="FileName"/> when there is none.
    /// </summary>
    private static (string Folder, string Name) Locate(string scanRoot, List<ConfigError> errors)
    {
        var start = Path.GetFullPath(scanRoot);
        var top = WorkTree.TopOf(start);
        for (var folder = start; folder is not null; folder = folder == top ? null : Path.GetDirectoryName(folder))
        {
            var present = new[] { FileName, OtherFileName }.Where(name => File.Exists(Path.Combine(folder, name)) || IsLink(Path.Combine(folder, name))).ToList();
            if (present.Count == 2)
            {
                var where = Path.GetRelativePath(start, folder).Replace('\\', '/');
                var prefix = where == "." ? "" : where + "/";
                errors.Add(new ConfigError(prefix + OtherFileName, 0, 0,
                    $"both {prefix}{FileName} and {prefix}{OtherFileName} are present; keep one (rampart.yml is not read)"));
                return (folder, FileName);
            }

            if (present.Count == 1)
            {
                return (folder, present[0]);
            }

            if (top is null)
            {
                break;
            }
        }

        return (scanRoot, FileName);
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>The real path of the repository's own <paramref name="name"/> when it is there; a refusal when it leads outside.</summary>
    private static string? RepositoryFile(string root, string name, List<ConfigError> errors)
    {
        var resolved = RepositoryPath.Resolve(root, name);
        if (resolved.Refusal is { } refusal)
        {
            errors.Add(new ConfigError(name, 0, 0, $"{refusal}; not read"));
            return null;
        }

        return resolved.IsInside && File.Exists(resolved.FullPath) ? resolved.FullPath : null;
    }

    /// <summary>
    /// Parses the text of a <c>rampart.yaml</c>; <paramref name="path"/> names it in errors. With
    /// <paramref name="root"/>, the paths it names are also resolved there (links included); without, they are
    /// checked as written.
    /// </summary>
    public static ConfigLoadResult Parse(string text, string path, string? root = null) => Parse(new YamlLoader(Limits).Load(path, text), path, root);

    private static ConfigLoadResult Parse(IEnumerable<LoadedDocument> documents, string path, string? repositoryRoot)
    {
        var reader = new ConfigReader(path);
        var root = ReadRoot(documents, reader);
        if (root is null)
        {
            return new ConfigLoadResult(RampartConfig.Default, reader.Errors);
        }

        reader.OnlyKeys(root, "rampart.yaml", "version", "gate", "teams", "routing", "waivers", "waiverApprovers", "codeowners", "scan", "params", "rules", "secrets", "vulnerabilities", "admission", "store");
        if (root["version"] is { } version && reader.String(version, "version") is { } v && v != "1")
        {
            reader.Error(version, $"unsupported configuration version '{v}' (this Rampart reads version 1)");
        }

        var codeowners = reader.Mapping(root["codeowners"], "codeowners");
        if (codeowners is not null)
        {
            reader.OnlyKeys(codeowners, "codeowners", "path", "flavor");
        }

        var flavor = reader.String(codeowners?["flavor"], "codeowners.flavor");
        if (flavor is not null and not ("github" or "gitlab" or "auto"))
        {
            reader.Error(codeowners!["flavor"]!, $"codeowners.flavor '{flavor}' is not one of: auto, github, gitlab");
        }

        var scan = reader.Mapping(root["scan"], "scan");
        if (scan is not null)
        {
            reader.OnlyKeys(scan, "scan", "scanners", "policies", "schemas", "kubernetesVersion", "unscanned", "render", "limits");
        }

        var secrets = reader.Mapping(root["secrets"], "secrets");
        if (secrets is not null)
        {
            reader.OnlyKeys(secrets, "secrets", "allowPaths");
        }

        var teams = TeamReader.ReadTeams(reader, root["teams"]);
        var paths = new ConfigPaths(reader, repositoryRoot);
        var config = new RampartConfig
        {
            Gate = ReadGate(reader, root["gate"], "gate"),
            Teams = teams,
            Routing = TeamReader.ReadRouting(reader, root["routing"], teams),
            Waivers = WaiverReader.ReadAll(reader, root["waivers"]),
            WaiverApprovers = root["waiverApprovers"] is { } approvers ? TeamReader.ReadApprovers(reader, approvers, teams) : RampartConfig.Default.WaiverApprovers,
            CodeOwners = paths.CodeOwners(codeowners?["path"]),
            CodeOwnersFlavor = flavor is "auto" ? null : flavor,
            Scanners = reader.Strings(scan?["scanners"], "scan.scanners"),
            ScannerSources = [.. ConfigReader.Scalars(scan?["scanners"]).Select(item => new ConfigSource(path, item.Start.Line, item.Start.Column))],
            Policies = paths.Folders(scan?["policies"], "scan.policies"),
            Schemas = paths.Schemas(scan?["schemas"]),
            SchemasSource = scan?["schemas"] is { } schemas ? new ConfigSource(path, schemas.Start.Line, schemas.Start.Column) : null,
            Unscanned = UnscannedReader.Read(reader, scan?["unscanned"]),
            PolicyParameters = PolicyParameterReader.Read(reader, root["params"]),
            Render = RenderLimitsReader.Read(reader, scan?["render"]),
            Limits = ScanLimitsReader.Read(reader, scan?["limits"]),
            Rules = RuleSettingsReader.Read(reader, root["rules"]),
            KubernetesVersion = ReadKubernetesVersion(reader, scan?["kubernetesVersion"]),
            SecretAllowPaths = reader.Strings(secrets?["allowPaths"], "secrets.allowPaths"),
            Vulnerabilities = VulnerabilitySettingsReader.Read(reader, root["vulnerabilities"]),
            Admission = AdmissionConfigReader.Read(reader, root["admission"]),
            Store = StoreSettingsReader.Read(reader, root["store"]),
        };

        return new ConfigLoadResult(config, reader.Errors);
    }

    /// <summary>
    /// <c>scan.kubernetesVersion</c>, read from the scalar's text: unquoted <c>1.30</c> is a YAML number, and its text
    /// keeps the zero that the number loses.
    /// </summary>
    private static string? ReadKubernetesVersion(ConfigReader reader, Node? node)
    {
        if (node is null or ScalarNode { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (node is not ScalarNode scalar || Schemas.KubernetesVersions.Normalize(scalar.Text) is null)
        {
            reader.Error(node, "scan.kubernetesVersion is not a Kubernetes release (write it as \"1.35\" or \"v1.35.2\")");
            return null;
        }

        return scalar.Text;
    }

    internal static GateThresholds ReadGate(ConfigReader reader, Node? node, string where)
    {
        var map = reader.Mapping(node, where);
        if (map is null)
        {
            return GateThresholds.None;
        }

        reader.OnlyKeys(map, where, "failOn", "categories");
        var categories = new Dictionary<Category, Severity?>();
        if (reader.Mapping(map["categories"], $"{where}.categories") is { } perCategory)
        {
            foreach (var entry in perCategory.Entries)
            {
                if (reader.Enum<Category>(entry.Key, $"category in {where}.categories") is { } category)
                {
                    categories[category] = ReadThreshold(reader, entry.Value, $"{where}.categories.{entry.KeyText}");
                }
            }
        }

        return new GateThresholds(ReadThreshold(reader, map["failOn"], $"{where}.failOn"), categories) { FailOnGiven = map["failOn"] is not null };
    }

    /// <summary>
    /// A severity or <c>none</c>. A blank value (<c>failOn:</c>, <c>~</c>, <c>null</c>, <c>""</c>) is an error, as any
    /// other malformed value: read as "no threshold" it would turn the gate off without anyone writing <c>none</c>.
    /// </summary>
    internal static Severity? ReadThreshold(ConfigReader reader, Node? node, string what)
    {
        if (node is ScalarNode { Kind: ScalarKind.Null } or ScalarNode { Text.Length: 0 })
        {
            reader.Error(node, $"{what} is empty: give a severity (critical, high, medium, low, info) or none");
            return null;
        }

        return reader.String(node, what) is "none" ? null : reader.Enum<Severity>(node, what);
    }

    /// <summary>
    /// Reads a configuration file as a stream, so that a huge file, or a link to an endless device such as
    /// <c>/dev/zero</c> in a hostile repository, stops at <see cref="Limits"/> with an error instead of
    /// exhausting memory; bytes that are not UTF-8 are an error too.
    /// </summary>
    private static IEnumerable<LoadedDocument> LoadFile(string path, string display)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return [.. new YamlLoader(Limits).Load(display, stream)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new LoadedDocument(display, 0, null, [LoadRules.Finding(LoadRules.ParserFailure, display, new Mark(0, 0), $"cannot be read: {e.Message}")])];
        }
    }

    private static MappingNode? ReadRoot(IEnumerable<LoadedDocument> loaded, ConfigReader reader)
    {
        var documents = loaded.ToList();
        foreach (var problem in documents.SelectMany(d => d.Problems))
        {
            reader.Errors.Add(new ConfigError(reader.Path, problem.Location.Line, problem.Location.Column, problem.Message));
        }

        var root = documents.FirstOrDefault(d => d.Root is not null)?.Root;
        if (root is null)
        {
            return null;
        }

        if (documents.Count(d => d.Root is not null) > 1)
        {
            reader.Error(documents.Where(d => d.Root is not null).ElementAt(1).Root!, "a configuration file holds one document");
        }

        return reader.Mapping(root, "the configuration");
    }

    private static string DisplayPath(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    internal static DateOnly? ReadDate(ConfigReader reader, Node? node, string what)
    {
        var text = reader.String(node, what);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        reader.Error(node!, $"{what} '{text}' is not a date (YYYY-MM-DD)");
        return null;
    }
}
