namespace Rampart.Ownership.CodeOwners;

/// <summary>A GitLab section header: <c>^[Name][N] @default @owners</c> (the <c>^</c>, <c>[N]</c> and owners are optional).</summary>
internal sealed record GitLabSectionHeader(string Name, bool Optional, int Approvals, IReadOnlyList<CodeOwner> DefaultOwners)
{
    /// <summary>
    /// Reads <paramref name="line"/> (trimmed) as a header; null when it is not one. A line that starts like a
    /// header but has no closing <c>]</c> is not a header (GitLab then reads it as an entry).
    /// </summary>
    public static GitLabSectionHeader? TryParse(string line, int number, List<CodeOwnersProblem> problems)
    {
        var rest = line;
        var optional = rest.StartsWith('^');
        if (optional)
        {
            rest = rest[1..];
        }

        if (!rest.StartsWith('['))
        {
            return null;
        }

        var close = rest.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            problems.Add(new CodeOwnersProblem(number, 1, "section header has no closing ']'; the line is read as an entry of the current section", Skipped: false));
            return null;
        }

        var name = rest[1..close].Trim();
        if (name.Length == 0)
        {
            problems.Add(new CodeOwnersProblem(number, 1, "section header has no name; its entries join the unnamed section", Skipped: false));
        }

        rest = rest[(close + 1)..];
        var approvals = 1;
        if (rest.StartsWith('['))
        {
            var end = rest.IndexOf(']', StringComparison.Ordinal);
            var raw = end < 0 ? rest[1..] : rest[1..end];
            if (end < 0 || !int.TryParse(raw.Trim(), out var count) || count < 0)
            {
                problems.Add(new CodeOwnersProblem(number, 1, $"approval count {Findings.QuotedText.Of($"[{raw}]")} is not a number; 1 is required", Skipped: false));
            }
            else
            {
                if (optional && count > 0)
                {
                    problems.Add(new CodeOwnersProblem(number, 1, "an optional section (^) cannot require approvals", Skipped: false));
                }

                approvals = Math.Max(1, count);
            }

            rest = end < 0 ? "" : rest[(end + 1)..];
        }

        var owners = new List<CodeOwner>();
        foreach (var (token, index) in LineTokens.Tokens(rest, 0))
        {
            var owner = CodeOwner.Parse(token, CodeOwnersFlavor.GitLab);
            if (owner.IsValid)
            {
                owners.Add(owner);
            }
            else
            {
                problems.Add(new CodeOwnersProblem(number, line.Length - rest.Length + index + 1,
                    $"malformed section owner {Findings.QuotedText.Of(token)} is ignored", Skipped: false));
            }
        }

        return new GitLabSectionHeader(name, optional, approvals, owners);
    }
}
