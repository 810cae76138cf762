namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// Reads a CODEOWNERS file as GitHub does: blank lines and <c>#</c> comments are ignored, an owner list ends
/// at an inline <c>#</c> comment, and a line with invalid syntax (an owner that is not <c>@user</c>,
/// <c>@org/team</c> or an e-mail address; the gitignore syntax GitHub does not support: <c>!</c>,
/// <c>[ ]</c>, a leading <c>\#</c>) is reported and skipped.
/// </summary>
internal static class GitHubParser
{
    public static (List<CodeOwnersRule> Rules, List<CodeOwnersProblem> Problems) Parse(string text)
    {
        var rules = new List<CodeOwnersRule>();
        var problems = new List<CodeOwnersProblem>();
        foreach (var (number, raw) in LineTokens.Lines(text))
        {
            var indent = raw.Length - raw.TrimStart().Length;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var end = LineTokens.PatternEnd(line);
            var pattern = line[..end];
            var lineProblems = CheckPattern(pattern, number, indent);
            var owners = new List<CodeOwner>();
            foreach (var (token, index) in LineTokens.Tokens(line, end))
            {
                if (token.StartsWith('#'))
                {
                    break;
                }

                var owner = CodeOwner.Parse(token, CodeOwnersFlavor.GitHub);
                if (!owner.IsValid)
                {
                    lineProblems.Add(new CodeOwnersProblem(number, indent + index + 1,
                        $"invalid owner format {Findings.QuotedText.Of(token)}: an owner is @username, @org/team-name or an e-mail address", Skipped: true));
                }

                owners.Add(owner);
            }

            if (lineProblems.Count > 0)
            {
                problems.AddRange(lineProblems);
                continue;
            }

            rules.Add(new CodeOwnersRule(number, line, pattern, CodeOwnersSection.Unnamed, new GitHubPattern(pattern)) { OwnerTokens = owners });
        }

        return (rules, problems);
    }

    private static List<CodeOwnersProblem> CheckPattern(string pattern, int line, int indent)
    {
        var problems = new List<CodeOwnersProblem>();
        var column = indent + 1;
        if (pattern.StartsWith('!'))
        {
            problems.Add(new CodeOwnersProblem(line, column, "'!' negation is not supported in GitHub CODEOWNERS", Skipped: true));
        }
        else if (pattern.StartsWith("\\#", StringComparison.Ordinal))
        {
            problems.Add(new CodeOwnersProblem(line, column, "escaping a leading '#' with '\\' is not supported in GitHub CODEOWNERS", Skipped: true));
        }

        if (LineTokens.HasUnescaped(pattern, '['))
        {
            problems.Add(new CodeOwnersProblem(line, column + pattern.IndexOf('[', StringComparison.Ordinal),
                "'[ ]' character ranges are not supported in GitHub CODEOWNERS; escape brackets as '\\[' and '\\]' to match them literally", Skipped: true));
        }

        return problems;
    }
}
