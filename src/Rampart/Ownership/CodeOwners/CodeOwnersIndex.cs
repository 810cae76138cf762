namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// Finds the deciding entries of every section for a path without trying every entry of the file. Each entry
/// whose pattern has a wildcard-free segment (<c>apps</c> in <c>/apps/*/deploy/</c>) can only match paths
/// that contain that segment, so it is filed under the one of its segments that the fewest entries share;
/// entries without such a segment (<c>*.yaml</c>) are tried for every path. A path then tries the entries
/// filed under its own segments plus those: with 100,000 entries naming their own folder, a handful instead
/// of all. The answer is the one a full scan gives: within a section the last matching entry wins unless an
/// exclusion matches.
/// </summary>
internal sealed class CodeOwnersIndex
{
    /// <summary>Every section's entries, sections in file order, each section's entries in evaluation order.</summary>
    private readonly CodeOwnersRule[] rules;

    private readonly int[] sectionOf;

    private readonly IReadOnlyList<CodeOwnersSection> sections;

    /// <summary>What each entry gives when it decides its section, made when it first does and shared by every path.</summary>
    private readonly CodeOwnersSectionMatch?[] matches;

    private readonly Dictionary<string, List<int>> byLiteral = new(StringComparer.Ordinal);
    private readonly int[] unindexed;

    public CodeOwnersIndex(IReadOnlyList<CodeOwnersSection> sections)
    {
        this.sections = sections;
        var all = new List<CodeOwnersRule>();
        var owner = new List<int>();
        for (var s = 0; s < sections.Count; s++)
        {
            foreach (var rule in sections[s].Rules)
            {
                all.Add(rule);
                owner.Add(s);
            }
        }

        rules = [.. all];
        sectionOf = [.. owner];
        matches = new CodeOwnersSectionMatch?[rules.Length];

        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var literal in rule.Compiled.Literals)
            {
                shared[literal] = shared.GetValueOrDefault(literal) + 1;
            }
        }

        var rest = new List<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            var literals = rules[i].Compiled.Literals;
            if (literals.Length == 0)
            {
                rest.Add(i);
                continue;
            }

            var key = literals.Length == 1 ? literals[0] : literals.MinBy(l => shared[l])!;
            if (!byLiteral.TryGetValue(key, out var list))
            {
                list = new List<int>(1);
                byLiteral[key] = list;
            }

            list.Add(i);
        }

        unindexed = [.. rest];
    }

    /// <summary>The deciding entry of each section that matches <paramref name="segments"/> and does not exclude it, in file order.</summary>
    public IReadOnlyList<CodeOwnersSectionMatch> Match(string[] segments, StepCounter? steps)
    {
        var candidates = Candidates(segments);
        if (steps is not null)
        {
            steps.Steps += segments.Length + candidates.Count;
        }

        var result = new List<CodeOwnersSectionMatch>();
        var i = 0;
        while (i < candidates.Count)
        {
            // Candidates run from the last entry of the file to the first, one section after the other.
            var section = sectionOf[candidates[i]];
            var winner = -1;
            var excluded = false;
            for (; i < candidates.Count && sectionOf[candidates[i]] == section; i++)
            {
                var rule = rules[candidates[i]];
                if (excluded || (winner >= 0 && !rule.IsExclusion) || !rule.Matches(segments, steps))
                {
                    continue;
                }

                if (rule.IsExclusion)
                {
                    excluded = true;
                }
                else
                {
                    winner = candidates[i];
                }
            }

            if (winner >= 0 && !excluded)
            {
                result.Add(matches[winner] ??= MatchOf(winner));
            }
        }

        result.Reverse();
        return result;
    }

    private CodeOwnersSectionMatch MatchOf(int position)
    {
        var section = sections[sectionOf[position]];
        var rule = rules[position];
        return new CodeOwnersSectionMatch(section.Name, rule, rule.Owners, section.Optional || rule.Optional, rule.Approvals);
    }

    /// <summary>The entries that can match: those filed under a segment of the path and those filed under none, last first.</summary>
    private List<int> Candidates(string[] segments)
    {
        var candidates = new List<int>(unindexed);
        HashSet<string>? seen = segments.Length > 8 ? new(StringComparer.Ordinal) : null;
        for (var j = 0; j < segments.Length; j++)
        {
            var segment = segments[j];
            var repeated = seen is null ? Array.IndexOf(segments, segment, 0, j) >= 0 : !seen.Add(segment);
            if (!repeated && byLiteral.TryGetValue(segment, out var filed))
            {
                candidates.AddRange(filed);
            }
        }

        candidates.Sort((a, b) => b.CompareTo(a));
        return candidates;
    }
}
