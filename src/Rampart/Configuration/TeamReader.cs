using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads the responsibility matrix of <c>rampart.yaml</c>: <c>teams</c>, <c>routing</c> and
/// <c>waiverApprovers</c>. Names that must refer to a team do: a routing owner that is neither a team nor a
/// handle, or an approver team that does not exist, is an error rather than a finding routed nowhere or a
/// waiver nobody may approve.
/// </summary>
internal static class TeamReader
{
    public static List<TeamConfig> ReadTeams(ConfigReader reader, Node? node)
    {
        var teams = new List<TeamConfig>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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

            if (!names.Add(name))
            {
                reader.Error(map["name"]!, $"team '{name}' is defined more than once");
            }

            teams.Add(new TeamConfig
            {
                Name = name,
                Handles = reader.Strings(map["handles"], $"teams[{name}].handles"),
                Members = reader.Strings(map["members"], $"teams[{name}].members"),
                Contact = reader.String(map["contact"], $"teams[{name}].contact"),
                Responsibility = reader.Enum<Responsibility>(map["responsibility"], $"teams[{name}].responsibility"),
                Gate = ConfigLoader.ReadGate(reader, map["gate"], $"teams[{name}].gate"),
            });
        }

        return teams;
    }

    public static List<RoutingRule> ReadRouting(ConfigReader reader, Node? node, IReadOnlyList<TeamConfig> teams)
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
            CheckOwners(reader, map["owners"], teams);
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

    /// <summary><c>waiverApprovers</c> as written: each entry names a team of <paramref name="teams"/> (by name or handle).</summary>
    public static IReadOnlyList<string> ReadApprovers(ConfigReader reader, Node node, IReadOnlyList<TeamConfig> teams)
    {
        foreach (var item in ConfigReader.Scalars(node))
        {
            if (!teams.Any(t => t.IsNamedBy(item.Text)))
            {
                reader.Error(item, $"waiverApprovers names {QuotedText.Of(item.Text)}, which is not a team of this file ({TeamNames(teams)})");
            }
        }

        return reader.Strings(node, "waiverApprovers");
    }

    /// <summary>
    /// Each routing owner is a team of this file (by name or handle), or an identity in CODEOWNERS form:
    /// <c>@user</c>, <c>@org/team</c> (<c>@group/subgroup/…</c> for GitLab) or an e-mail address. A bare
    /// word that names no team (<c>secrity</c>) is a typo that would route findings to nobody.
    /// </summary>
    private static void CheckOwners(ConfigReader reader, Node? node, IReadOnlyList<TeamConfig> teams)
    {
        foreach (var item in ConfigReader.Scalars(node))
        {
            if (!teams.Any(t => t.IsNamedBy(item.Text)) && !IsHandle(item.Text) && !IsEmail(item.Text))
            {
                reader.Error(item, $"routing owner {QuotedText.Of(item.Text)} is neither a team of this file ({TeamNames(teams)}) nor @user, @org/team or an e-mail address");
            }
        }
    }

    private static string TeamNames(IReadOnlyList<TeamConfig> teams) =>
        teams.Count == 0 ? "it defines no teams" : "teams: " + string.Join(", ", teams.Select(t => t.Name));

    /// <summary><c>@name</c> or <c>@name/name…</c>, names of letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    private static bool IsHandle(string text) =>
        text.Length > 1 && text[0] == '@'
        && text[1..].Split('/').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));

    /// <summary>One <c>@</c> with something before it and a dotted domain after it, no spaces.</summary>
    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var domain = at > 0 ? text[(at + 1)..] : "";
        return at > 0 && !domain.Contains('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace)
            && domain.Split('.') is { Length: >= 2 } labels && labels.All(label => label.Length > 0);
    }
}
