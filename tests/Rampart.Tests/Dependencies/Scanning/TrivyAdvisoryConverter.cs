using System.Text.Json.Nodes;
using Rampart.Loading;

namespace Rampart.Tests.Dependencies.Scanning;

/// <summary>
/// Turns the language-ecosystem buckets of Trivy's database fixtures (YAML: bucket <c>PREFIX::SOURCE</c> → package →
/// vulnerability id → <c>VulnerableVersions</c> / <c>PatchedVersions</c> constraint strings, and a <c>vulnerability</c>
/// bucket of titles, severities and CVSS vectors) into OSV records, so that the fixtures can be imported the way
/// <c>rampart db update</c> imports a folder. Each OR part (<c>||</c>, or another string of the list) becomes one
/// range: <c>&gt;=</c> is <c>introduced</c>, <c>&lt;</c> is <c>fixed</c>, <c>&lt;=</c> is <c>last_affected</c>, a bare or
/// <c>=</c> version goes to <c>versions</c>, Maven intervals (<c>[a,b)</c>) likewise. A package with only patched
/// versions is affected everywhere outside them.
/// </summary>
internal static partial class TrivyAdvisoryConverter
{
    /// <summary>Trivy's bucket prefixes of the ecosystems whose lockfiles Rampart reads, and OSV's name for each.</summary>
    private static readonly Dictionary<string, string> Ecosystems = new(StringComparer.Ordinal)
    {
        ["npm"] = "npm", ["pip"] = "PyPI", ["nuget"] = "NuGet", ["maven"] = "Maven", ["go"] = "Go",
        ["cargo"] = "crates.io", ["composer"] = "Packagist", ["rubygems"] = "RubyGems",
    };

    /// <summary>Writes one OSV file per (ecosystem, vulnerability id) under <paramref name="output"/>; returns how many.</summary>
    public static int Write(string dbFolder, string output)
    {
        var details = new Dictionary<string, MappingNode>(StringComparer.Ordinal);
        var affected = new Dictionary<(string Ecosystem, string Id), JsonArray>();
        foreach (var file in Directory.EnumerateFiles(dbFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var bucket in Buckets(file))
            {
                var name = Text(bucket["bucket"]);
                if (name == "vulnerability")
                {
                    foreach (var pair in Pairs(bucket))
                    {
                        details[Text(pair["key"])] = (MappingNode)pair["value"]!;
                    }
                }
                else if (name.IndexOf("::", StringComparison.Ordinal) is > 0 and var colons && Ecosystems.TryGetValue(name[..colons], out var ecosystem))
                {
                    AddPackages(bucket, ecosystem, affected);
                }
            }
        }

        foreach (var ((ecosystem, id), entries) in affected)
        {
            var record = new JsonObject { ["schema_version"] = "1.6.0", ["id"] = id, ["affected"] = entries };
            if (details.TryGetValue(id, out var vulnerability))
            {
                Describe(record, vulnerability);
            }

            var folder = Directory.CreateDirectory(Path.Combine(output, ecosystem)).FullName;
            File.WriteAllText(Path.Combine(folder, id + ".json"), record.ToJsonString());
        }

        return affected.Count;
    }

    private static void AddPackages(MappingNode bucket, string ecosystem, Dictionary<(string, string), JsonArray> affected)
    {
        var type = ecosystem is "npm" or "Go" or "crates.io" ? "SEMVER" : "ECOSYSTEM";
        foreach (var package in Pairs(bucket))
        {
            var name = Text(package["bucket"]);
            foreach (var pair in Pairs(package))
            {
                var id = Text(pair["key"]);
                var value = (MappingNode)pair["value"]!;
                var (ranges, versions) = Ranges(ecosystem, type, Strings(value["VulnerableVersions"]), Strings(value["PatchedVersions"]));
                var entry = new JsonObject
                {
                    ["package"] = new JsonObject { ["ecosystem"] = ecosystem, ["name"] = name },
                    ["ranges"] = ranges,
                };
                if (versions.Count > 0)
                {
                    entry["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)v)]);
                }

                if (!affected.TryGetValue((ecosystem, id), out var list))
                {
                    affected[(ecosystem, id)] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    private static (JsonArray Ranges, List<string> Versions) Ranges(string ecosystem, string type, List<string> vulnerable, List<string> patched)
    {
        var ranges = new JsonArray();
        var versions = new List<string>();
        if (vulnerable.Count == 0)
        {
            ranges.Add(Range(type, OutsidePatched(ecosystem, patched)));
            return (ranges, versions);
        }

        foreach (var part in vulnerable.SelectMany(v => v.Split("||", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var events = part[0] is '[' or '(' ? Interval(ecosystem, part) : Comparators(ecosystem, part, versions, patched);
            if (events.Count > 0)
            {
                ranges.Add(Range(type, events));
            }
        }

        return (ranges, versions);
    }

    /// <summary>
    /// The events of comparators joined by commas (<c>&gt;= 1.0, &lt; 1.2.3</c>); a lone exact version is added to
    /// <paramref name="versions"/> instead. <c>&lt;= X</c> is <c>last_affected</c> unless the advisory names the patched
    /// version just above X, which is then <c>fixed</c>, as GitHub's advisories are exported to OSV (a first patched
    /// version gives <c>fixed</c>; <c>last_affected</c> only when there is none).
    /// </summary>
    private static List<(string, string)> Comparators(string ecosystem, string part, List<string> versions, List<string> patched)
    {
        var events = new List<(string Kind, string Version)>();
        foreach (System.Text.RegularExpressions.Match comparator in Comparator().Matches(part))
        {
            var version = Version(ecosystem, comparator.Groups[2].Value);
            switch (comparator.Groups[1].Value)
            {
                case ">=": events.Insert(0, ("introduced", version)); break;
                case "<": events.Add(("fixed", version)); break;
                case "<=": events.Add(PatchedAbove(ecosystem, version, patched) is { } fix ? ("fixed", fix) : ("last_affected", version)); break;
                case "" or "=" or "==": versions.Add(version); break;
                default: throw new InvalidDataException($"constraint '{part}' has no OSV form");
            }
        }

        return events.Count == 0 || events[0].Kind == "introduced" ? events : [("introduced", "0"), .. events];
    }

    /// <summary>The lowest plain patched version above <paramref name="lastAffected"/>, if the advisory names one.</summary>
    private static string? PatchedAbove(string ecosystem, string lastAffected, List<string> patched)
    {
        var order = Rampart.Dependencies.Versions.VersionOrders.For(ecosystem)!;
        return patched.Where(p => !p.AsSpan().ContainsAny("<>=, ")).Select(p => Version(ecosystem, p))
            .Where(p => order.Compare(p, lastAffected) > 0).Order(order).FirstOrDefault();
    }

    /// <summary>A Maven interval: <c>[a,b)</c> is introduced a, fixed b; <c>]</c> makes b last affected; an empty bound is open.</summary>
    private static List<(string, string)> Interval(string ecosystem, string part)
    {
        var bounds = part[1..^1].Split(',', StringSplitOptions.TrimEntries);
        if (bounds.Length != 2 || (part[0] == '(' && bounds[0].Length > 0))
        {
            throw new InvalidDataException($"interval '{part}' has no OSV form");
        }

        var events = new List<(string, string)> { ("introduced", bounds[0].Length == 0 ? "0" : Version(ecosystem, bounds[0])) };
        if (bounds[1].Length > 0)
        {
            events.Add((part[^1] == ')' ? "fixed" : "last_affected", Version(ecosystem, bounds[1])));
        }

        return events;
    }

    /// <summary>Affected from 0 up to the first patched interval, then after each patched interval up to the next.</summary>
    private static List<(string, string)> OutsidePatched(string ecosystem, List<string> patched)
    {
        var intervals = new List<(string From, string? To)>();
        foreach (var part in patched)
        {
            string? from = null, to = null;
            foreach (System.Text.RegularExpressions.Match comparator in Comparator().Matches(part))
            {
                var version = Version(ecosystem, comparator.Groups[2].Value);
                _ = comparator.Groups[1].Value switch
                {
                    ">=" => from = version,
                    "<" => to = version,
                    _ => throw new InvalidDataException($"patched constraint '{part}' has no OSV form"),
                };
            }

            intervals.Add((from ?? throw new InvalidDataException($"patched constraint '{part}' has no lower bound"), to));
        }

        var order = Rampart.Dependencies.Versions.VersionOrders.For(ecosystem)!;
        var events = new List<(string, string)> { ("introduced", "0") };
        foreach (var (from, to) in intervals.OrderBy(i => i.From, order))
        {
            events.Add(("fixed", from));
            if (to is not null)
            {
                events.Add(("introduced", to));
            }
        }

        return events;
    }

    private static JsonObject Range(string type, List<(string Kind, string Version)> events) => new()
    {
        ["type"] = type,
        ["events"] = new JsonArray([.. events.Select(e => (JsonNode)new JsonObject { [e.Kind] = e.Version })]),
    };

    /// <summary>OSV's Go versions carry no <c>v</c>.</summary>
    private static string Version(string ecosystem, string version) => ecosystem == "Go" ? version.TrimStart('v') : version;

    /// <summary>The title as summary, the severity word, and the CVSS v3 vectors of the vulnerability bucket.</summary>
    private static void Describe(JsonObject record, MappingNode vulnerability)
    {
        if (vulnerability["Title"] is ScalarNode title)
        {
            record["summary"] = title.Text;
        }

        if (vulnerability["Severity"] is ScalarNode severity)
        {
            record["database_specific"] = new JsonObject { ["severity"] = severity.Text };
        }

        if (vulnerability["CVSS"] is MappingNode cvss)
        {
            var vectors = cvss.Entries.Select(e => e.Value).OfType<MappingNode>().Select(s => s["V3Vector"]).OfType<ScalarNode>().Select(v => v.Text).Distinct(StringComparer.Ordinal);
            record["severity"] = new JsonArray([.. vectors.Select(v => (JsonNode)new JsonObject { ["type"] = "CVSS_V3", ["score"] = v })]);
        }
    }

    private static IEnumerable<MappingNode> Buckets(string file)
    {
        var document = Assert.Single(new YamlLoader().Load(file, File.ReadAllText(file)));
        Assert.Empty(document.Problems);
        return ((SequenceNode)document.Root!).Items.Cast<MappingNode>();
    }

    private static IEnumerable<MappingNode> Pairs(MappingNode bucket) =>
        bucket["pairs"] is SequenceNode pairs ? pairs.Items.Cast<MappingNode>() : [];

    private static List<string> Strings(Node? node) => node is SequenceNode list ? [.. list.Items.Select(Text)] : [];

    private static string Text(Node? node) => ((ScalarNode)node!).Text;

    [System.Text.RegularExpressions.GeneratedRegex(@"(>=|<=|==|>|<|=)?\s*([^\s,<>=]+)")]
    private static partial System.Text.RegularExpressions.Regex Comparator();
}
