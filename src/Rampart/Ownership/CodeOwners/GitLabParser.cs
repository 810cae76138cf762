namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// Reads a CODEOWNERS file as GitLab does: sections (merged by case-insensitive name, first spelling kept),
/// entries that inherit their section's default owners, <c>!</c> exclusions, malformed owners ignored (and
/// reported), entries without owners kept (they match and leave the path unowned), and one entry per
/// normalised pattern within a section (a later line replaces an earlier one but keeps its place).
/// </summary>
internal static class GitLabParser
{
    /// <summary>
    /// Reads <paramref name="text"/> in one pass; sections are found by name in a table keyed with
    /// <paramref name="sectionNames"/> (case-insensitive ordinal unless a test counts the comparisons).
    /// </summary>
    public static (List<CodeOwnersSection> Sections, List<CodeOwnersRule> Rules, List<CodeOwnersProblem> Problems) Parse(
        string text, IEqualityComparer<string>? sectionNames = null)
    {
        var problems = new List<CodeOwnersProblem>();
        var sections = new List<SectionBuilder> { new(CodeOwnersSection.Unnamed, 0, []) };
        var byName = new Dictionary<string, SectionBuilder>(sectionNames ?? StringComparer.OrdinalIgnoreCase) { [CodeOwnersSection.Unnamed] = sections[0] };
        var current = sections[0];
        GitLabSectionHeader context = new(CodeOwnersSection.Unnamed, false, 1, []);
        var all = new List<CodeOwnersRule>();
        foreach (var (number, raw) in LineTokens.Lines(text))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (GitLabSectionHeader.TryParse(line, number, problems) is { } header)
            {
                if (!byName.TryGetValue(header.Name, out current))
                {
                    current = new SectionBuilder(header.Name, number, header.DefaultOwners);
                    sections.Add(current);
                    byName[header.Name] = current;
                }

                current.AddHeader(header);
                context = header;
                continue;
            }

            var rule = ParseEntry(line, number, current.Name, context, problems);
            all.Add(rule);
            current.Add(((GitLabPattern)rule.Compiled).Normalized, rule);
        }

        return ([.. sections.Select(s => s.Build()).Where(s => s.Line > 0 || s.Rules.Count > 0)], all, problems);
    }

    private static CodeOwnersRule ParseEntry(string line, int number, string section, GitLabSectionHeader context, List<CodeOwnersProblem> problems)
    {
        var end = LineTokens.PatternEnd(line);
        var pattern = line[..end];
        var exclusion = pattern.StartsWith('!');
        if (exclusion)
        {
            pattern = pattern[1..];
        }

        var tokens = LineTokens.Tokens(line, end);
        var owners = new List<CodeOwner>();
        var inherits = false;
        if (!exclusion)
        {
            foreach (var (token, index) in tokens)
            {
                var owner = CodeOwner.Parse(token, CodeOwnersFlavor.GitLab);
                if (!owner.IsValid)
                {
                    problems.Add(new CodeOwnersProblem(number, index + 1, $"malformed owner {Findings.QuotedText.Of(token)} is ignored", Skipped: false));
                }

                owners.Add(owner);
            }

            if (tokens.Count == 0)
            {
                owners.AddRange(context.DefaultOwners);
                inherits = true;
            }

            if (owners.Count == 0)
            {
                problems.Add(new CodeOwnersProblem(number, 1, $"entry {Findings.QuotedText.Of(pattern)} has no owners (and its section no default owners): the path is left unowned", Skipped: false));
            }
        }

        return new CodeOwnersRule(number, line, pattern, section, new GitLabPattern(pattern))
        {
            IsExclusion = exclusion,
            OwnerTokens = owners,
            UsesSectionDefaults = inherits,
            Optional = context.Optional,
            Approvals = context.Approvals,
        };
    }

    private sealed class SectionBuilder(string name, int line, IReadOnlyList<CodeOwner> defaultOwners)
    {
        private readonly List<CodeOwnersRule> rules = [];
        private List<CodeOwnersRule>? replaced;

        // Most sections hold a few entries: the table of their patterns is made when a second one comes.
        private string? firstPattern;
        private Dictionary<string, int>? byPattern;
        private int headers;
        private bool allOptional = true;
        private int approvals = 1;

        public string Name { get; } = name;
        public int Line { get; } = line;

        /// <summary>A header for this section: the first one sets the approvals; the section is optional if every header says so.</summary>
        public void AddHeader(GitLabSectionHeader header)
        {
            if (headers++ == 0)
            {
                approvals = header.Approvals;
            }

            allOptional &= header.Optional;
        }

        public void Add(string normalized, CodeOwnersRule rule)
        {
            if (rules.Count == 0)
            {
                firstPattern = normalized;
                rules.Add(rule);
                return;
            }

            byPattern ??= new Dictionary<string, int>(StringComparer.Ordinal) { [firstPattern!] = 0 };
            if (byPattern.TryGetValue(normalized, out var index))
            {
                (replaced ??= []).Add(rules[index]);
                rules[index] = rule;
                return;
            }

            byPattern[normalized] = rules.Count;
            rules.Add(rule);
        }

        public CodeOwnersSection Build() => new(
            Name,
            headers > 0 && allOptional,
            approvals,
            defaultOwners,
            Line)
        {
            Rules = rules,
            ReplacedRules = replaced ?? [],
        };
    }
}
