using System.Globalization;
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

    /// <summary>Loads the configuration of a repository: <paramref name="configPath"/> if given, else <c>rampart.yaml</c> at the root when present.</summary>
    public static ConfigLoadResult LoadForRepository(string root, string? configPath = null)
    {
        var errors = new List<ConfigError>();
        var config = RampartConfig.Default;
        var path = configPath ?? Path.Combine(root, FileName);
        if (configPath is not null && !File.Exists(configPath))
        {
            return new ConfigLoadResult(config, [new ConfigError(configPath, 0, 0, "configuration file not found")]);
        }

        if (File.Exists(path))
        {
            var display = DisplayPath(root, path);
            var main = Parse(LoadFile(path, display), display);
            config = main.Config;
            errors.AddRange(main.Errors);
        }

        var waiversPath = Path.Combine(root, WaiversFileName);
        if (File.Exists(waiversPath))
        {
            var reader = new ConfigReader(DisplayPath(root, waiversPath));
            var waivers = new List<WaiverConfig>(config.Waivers);
            if (ReadRoot(LoadFile(waiversPath, reader.Path), reader) is { } map)
            {
                reader.OnlyKeys(map, "the waivers file", "waivers");
                waivers.AddRange(WaiverReader.ReadAll(reader, map["waivers"]));
            }

            errors.AddRange(reader.Errors);
            config = config with { Waivers = waivers };
        }

        return new ConfigLoadResult(config, errors);
    }

    /// <summary>Parses the text of a <c>rampart.yaml</c>; <paramref name="path"/> names it in errors.</summary>
    public static ConfigLoadResult Parse(string text, string path) => Parse(new YamlLoader(Limits).Load(path, text), path);

    private static ConfigLoadResult Parse(IEnumerable<LoadedDocument> documents, string path)
    {
        var reader = new ConfigReader(path);
        var root = ReadRoot(documents, reader);
        if (root is null)
        {
            return new ConfigLoadResult(RampartConfig.Default, reader.Errors);
        }

        reader.OnlyKeys(root, "rampart.yaml", "version", "gate", "teams", "routing", "waivers", "waiverApprovers", "codeowners", "scan");
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
            reader.OnlyKeys(scan, "scan", "scanners", "policies", "schemas", "unscanned");
        }

        var config = new RampartConfig
        {
            Gate = ReadGate(reader, root["gate"], "gate"),
            Teams = ReadTeams(reader, root["teams"]),
            Routing = ReadRouting(reader, root["routing"]),
            Waivers = WaiverReader.ReadAll(reader, root["waivers"]),
            WaiverApprovers = root["waiverApprovers"] is { } approvers ? reader.Strings(approvers, "waiverApprovers") : RampartConfig.Default.WaiverApprovers,
            CodeOwners = reader.String(codeowners?["path"], "codeowners.path"),
            CodeOwnersFlavor = flavor is "auto" ? null : flavor,
            Scanners = reader.Strings(scan?["scanners"], "scan.scanners"),
            Policies = reader.Strings(scan?["policies"], "scan.policies"),
            Schemas = reader.String(scan?["schemas"], "scan.schemas"),
            Unscanned = UnscannedReader.Read(reader, scan?["unscanned"]),
        };

        foreach (var team in config.Teams.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            reader.Errors.Add(new ConfigError(path, 0, 0, $"team '{team.Key}' is defined more than once"));
        }

        return new ConfigLoadResult(config, reader.Errors);
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

    internal static Severity? ReadThreshold(ConfigReader reader, Node? node, string what) =>
        reader.String(node, what) is "none" ? null : reader.Enum<Severity>(node, what);

    private static List<TeamConfig> ReadTeams(ConfigReader reader, Node? node)
    {
        var teams = new List<TeamConfig>();
        foreach (var item in reader.Sequence(node, "teams"))
        {
            if (reader.Mapping(item, "a team") is not { } map)
            {
                continue;
            }

            reader.OnlyKeys(map, "a team", "name", "handles", "members", "contact", "responsibility", "gate");
            if (reader.RequiredString(map, "name", "team name") is not { } name)
            {
                continue;
            }

            teams.Add(new TeamConfig
            {
                Name = name,
                Handles = reader.Strings(map["handles"], $"teams[{name}].handles"),
                Members = reader.Strings(map["members"], $"teams[{name}].members"),
                Contact = reader.String(map["contact"], $"teams[{name}].contact"),
                Responsibility = reader.Enum<Responsibility>(map["responsibility"], $"teams[{name}].responsibility"),
                Gate = ReadGate(reader, map["gate"], $"teams[{name}].gate"),
            });
        }

        return teams;
    }

    private static List<RoutingRule> ReadRouting(ConfigReader reader, Node? node)
    {
        var rules = new List<RoutingRule>();
        foreach (var item in reader.Sequence(node, "routing"))
        {
            if (reader.Mapping(item, "a routing rule") is not { } map)
            {
                continue;
            }

            reader.OnlyKeys(map, "a routing rule", "match", "owners", "responsibility");
            var match = reader.Mapping(map["match"], "routing match") ?? new MappingNode(map.Start, map.End, []);
            reader.OnlyKeys(match, "a routing match", "category", "responsibility", "rule", "path", "namespace", "kind", "clusterScoped");
            var owners = reader.Strings(map["owners"], "routing owners");
            var setResponsibility = reader.Enum<Responsibility>(map["responsibility"], "routing responsibility");
            if (owners.Count == 0 && setResponsibility is null)
            {
                reader.Error(map, "a routing rule needs owners, a responsibility, or both");
            }

            rules.Add(new RoutingRule
            {
                Category = reader.Enum<Category>(match["category"], "match.category"),
                Responsibility = reader.Enum<Responsibility>(match["responsibility"], "match.responsibility"),
                RuleIds = [.. reader.Strings(match["rule"], "match.rule").Select(Glob.ForName)],
                Paths = [.. reader.Strings(match["path"], "match.path").Select(Glob.ForPath)],
                Namespaces = [.. reader.Strings(match["namespace"], "match.namespace").Select(Glob.ForName)],
                Kinds = [.. reader.Strings(match["kind"], "match.kind").Select(Glob.ForName)],
                ClusterScoped = reader.Bool(match["clusterScoped"], "match.clusterScoped"),
                Owners = owners,
                SetResponsibility = setResponsibility,
                Source = reader.SourceOf(map),
            });
        }

        return rules;
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
