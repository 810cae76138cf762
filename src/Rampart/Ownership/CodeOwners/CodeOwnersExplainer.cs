namespace Rampart.Ownership.CodeOwners;

/// <summary>Builds the explanation of one path: replays the evaluation and says, line by line, what happened and why.</summary>
internal static class CodeOwnersExplainer
{
    public static CodeOwnersExplanation Explain(CodeOwnersFile file, string path)
    {
        var result = file.OwnersFor(path);
        var sections = new List<CodeOwnersSectionExplanation>();
        foreach (var section in file.Sections)
        {
            var (winner, exclusion, excluded) = CodeOwnersFile.Decide(section, path.Split('/'));
            var lines = new List<CodeOwnersLineExplanation>();
            foreach (var rule in section.Rules)
            {
                lines.Add(Verdict(file.Flavor, rule, path, winner, exclusion, excluded));
            }

            var byPattern = section.ReplacedRules.Count == 0
                ? null
                : section.Rules.ToDictionary(r => GitLabPattern.Normalize(r.Pattern), StringComparer.Ordinal);
            foreach (var replaced in section.ReplacedRules)
            {
                var by = byPattern![GitLabPattern.Normalize(replaced.Pattern)];
                lines.Add(new CodeOwnersLineExplanation(replaced.Line, replaced.Text, LineVerdict.Replaced,
                    $"line {by.Line} has the same pattern in this section and replaces this entry (keeping its place)"));
            }

            if (section.Name.Length == 0)
            {
                lines.AddRange(file.Problems.Where(p => p.Skipped && p.Line > 0).GroupBy(p => p.Line).Select(g =>
                    new CodeOwnersLineExplanation(g.Key, file.LineText(g.Key), LineVerdict.Skipped, string.Join("; ", g.Select(p => p.Message)))));
            }

            lines.Sort((a, b) => a.Line.CompareTo(b.Line));
            var owners = winner is not null && !excluded ? winner.Owners : [];
            sections.Add(new CodeOwnersSectionExplanation(section.Name, section.Optional, section.Approvals, lines,
                excluded ? null : winner?.Line, excluded, owners));
        }

        return new CodeOwnersExplanation(path, file.SourcePath, file.Flavor, sections, result);
    }

    private static CodeOwnersLineExplanation Verdict(CodeOwnersFlavor flavor, CodeOwnersRule rule, string path, CodeOwnersRule? winner, CodeOwnersRule? exclusion, bool excluded)
    {
        if (!rule.Matches(path))
        {
            return new(rule.Line, rule.Text, LineVerdict.NotMatched, WhyNot(flavor, rule, path));
        }

        if (rule.IsExclusion)
        {
            return new(rule.Line, rule.Text, LineVerdict.Excludes, "exclusion matches: this section does not apply to the path");
        }

        if (excluded)
        {
            return new(rule.Line, rule.Text, LineVerdict.Exempted, $"matches, but the exclusion on line {exclusion!.Line} exempts the path from this section");
        }

        if (ReferenceEquals(rule, winner))
        {
            var owners = rule.Owners.Count == 0
                ? "names no owners, so the path is unowned"
                : $"owners {string.Join(' ', rule.Owners)}{(rule.UsesSectionDefaults ? " (the section's default owners)" : "")}";
            return new(rule.Line, rule.Text, LineVerdict.Won, $"last matching line: {owners}");
        }

        return new(rule.Line, rule.Text, LineVerdict.Overridden, $"matches, but line {winner!.Line} also matches and comes later");
    }

    private static string WhyNot(CodeOwnersFlavor flavor, CodeOwnersRule rule, string path)
    {
        var segments = path.Split('/');
        if (flavor == CodeOwnersFlavor.GitHub)
        {
            var pattern = new GitHubPattern(rule.Pattern);
            if (pattern.OneLevel && new GitHubPattern(rule.Pattern[..^1] + "**").IsMatch(path))
            {
                return "does not match: '*' at the end matches entries directly in the folder, not deeper";
            }

            if (pattern.Anchored && !rule.Pattern.StartsWith("**", StringComparison.Ordinal)
                && new GitHubPattern("**/" + rule.Pattern.TrimStart('/')).IsMatch(path))
            {
                return "does not match: a '/' at the start or in the middle anchors the pattern to the repository root";
            }
        }
        else if (!rule.Pattern.EndsWith('/') && segments.Length > 1 && new GitLabPattern(rule.Pattern + "/").IsMatch(path))
        {
            return "does not match: without a trailing '/' the pattern names files only; write it with '/' to own a folder";
        }

        return $"pattern '{rule.Pattern}' does not match";
    }
}
