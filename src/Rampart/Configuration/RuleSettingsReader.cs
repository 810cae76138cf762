using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>rules</c> of <c>rampart.yaml</c>: <c>profile</c> (one name or a list), <c>enable</c> and <c>disable</c>
/// (selectors: ids, aliases, globs or categories; one string or a list) and <c>severity</c> (selector to severity).
/// An unknown profile, a blank selector or an unknown severity is an error at its line.
/// </summary>
internal static class RuleSettingsReader
{
    public static IReadOnlyList<string> ProfileNames { get; } = [.. Enum.GetValues<RuleProfile>().Select(Name)];

    public static RuleSettings Read(ConfigReader reader, Node? node)
    {
        if (reader.Mapping(node, "rules") is not { } map)
        {
            return RuleSettings.Default;
        }

        reader.OnlyKeys(map, "rules", "profile", "enable", "disable", "severity");
        var profiles = new List<RuleProfile>();
        foreach (var item in ConfigReader.Scalars(map["profile"]))
        {
            if (Parse(item.Text) is { } profile)
            {
                profiles.Add(profile);
            }
            else
            {
                reader.Error(item, $"rules.profile '{item.Text}' is not one of: {string.Join(", ", ProfileNames)}");
            }
        }

        var severities = new List<(RuleSelector, Severity)>();
        if (reader.Mapping(map["severity"], "rules.severity") is { } overrides)
        {
            foreach (var entry in overrides.Entries)
            {
                if (Selector(reader, entry.Key, "rules.severity") is { } selector
                    && reader.Enum<Severity>(entry.Value, $"rules.severity.{entry.KeyText}") is { } severity)
                {
                    severities.Add((selector, severity));
                }
            }
        }

        return new RuleSettings
        {
            Profiles = profiles,
            Enable = Selectors(reader, map["enable"], "rules.enable"),
            Disable = Selectors(reader, map["disable"], "rules.disable"),
            Severities = severities,
        };
    }

    /// <summary>The configuration name of a profile: <c>pss-baseline</c>, <c>pss-restricted</c>, <c>hygiene</c>, <c>all</c>.</summary>
    public static string Name(RuleProfile profile) => profile switch
    {
        RuleProfile.PssBaseline => "pss-baseline",
        RuleProfile.PssRestricted => "pss-restricted",
        _ => profile.ToString().ToLowerInvariant(),
    };

    public static RuleProfile? Parse(string text) =>
        Enum.GetValues<RuleProfile>().Cast<RuleProfile?>().FirstOrDefault(p => string.Equals(Name(p!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static List<RuleSelector> Selectors(ConfigReader reader, Node? node, string what)
    {
        if (node is not null and not (SequenceNode or ScalarNode))
        {
            reader.Error(node, $"{what} is a rule id, alias, glob or category, or a list of them");
            return [];
        }

        return [.. (node is SequenceNode list ? list.Items : node is null ? [] : [node]).Select(item => Selector(reader, item, what)).OfType<RuleSelector>()];
    }

    private static RuleSelector? Selector(ConfigReader reader, Node item, string what)
    {
        var text = reader.String(item, what);
        if (string.IsNullOrWhiteSpace(text))
        {
            reader.Error(item, $"{what} has a blank entry: give a rule id, alias, glob or category");
            return null;
        }

        return new RuleSelector(text) { Source = $"{reader.Path}:{item.Start.Line}" };
    }
}
