using Rampart.Ownership.CodeOwners;

namespace Rampart.Tests.Ownership.CodeOwners;

public sealed class CodeOwnersExplainTests
{
    [Fact]
    public void GitHub_explanation_lists_every_line_with_what_it_did_and_why()
    {
        var file = CodeOwnersFile.Parse(
            "* @everyone\n/clusters/ @platform\nclusters/prod/* @prod\n!secrets/ @sec\n/apps/*/ @apps\n",
            ".github/CODEOWNERS", CodeOwnersFlavor.GitHub);

        var explanation = file.Explain("clusters/prod/db/statefulset.yaml");

        Assert.Equal(".github/CODEOWNERS", explanation.SourcePath);
        Assert.Equal(["@platform"], explanation.Result.Owners);
        var lines = Assert.Single(explanation.Sections).Lines;
        Assert.Equal(
            [(1, LineVerdict.Overridden), (2, LineVerdict.Won), (3, LineVerdict.NotMatched), (4, LineVerdict.Skipped), (5, LineVerdict.NotMatched)],
            lines.Select(l => (l.Line, l.Verdict)));
        Assert.Contains("line 2", lines[0].Reason, StringComparison.Ordinal);
        Assert.Contains("directly in the folder", lines[2].Reason, StringComparison.Ordinal);
        Assert.Equal("!secrets/ @sec", lines[3].Text);
        Assert.Contains("negation", lines[3].Reason, StringComparison.Ordinal);
        Assert.Equal(2, explanation.Sections[0].WinningLine);
    }

    [Fact]
    public void GitHub_explanation_says_when_an_anchored_pattern_would_match_deeper()
    {
        var file = CodeOwnersFile.Parse("apps/web @web\n", "CODEOWNERS", CodeOwnersFlavor.GitHub);

        var line = file.Explain("src/apps/web/index.ts").Sections[0].Lines.Single();

        Assert.Equal(LineVerdict.NotMatched, line.Verdict);
        Assert.Contains("anchors the pattern", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GitLab_explanation_goes_section_by_section_with_exclusions_and_defaults()
    {
        var file = CodeOwnersFile.Parse(
            "* @all\n!*.lock\n\n[Platform][2] @platform\nclusters/\nclusters/sandbox/ @sandbox\nclusters/sandbox/ @sandbox-owners\n\n^[Docs] @docs\ndocs\n",
            "CODEOWNERS", CodeOwnersFlavor.GitLab);

        var explanation = file.Explain("clusters/sandbox/app.lock");

        Assert.Equal(["@sandbox-owners"], explanation.Result.Owners);
        var unnamed = explanation.Sections[0];
        Assert.True(unnamed.Excluded);
        Assert.Equal([(1, LineVerdict.Exempted), (2, LineVerdict.Excludes)], unnamed.Lines.Select(l => (l.Line, l.Verdict)));
        var platform = explanation.Sections[1];
        Assert.Equal(("Platform", 2, 7), (platform.Name, platform.Approvals, platform.WinningLine));
        Assert.Equal(
            [(5, LineVerdict.Overridden), (6, LineVerdict.Replaced), (7, LineVerdict.Won)],
            platform.Lines.Select(l => (l.Line, l.Verdict)));
        var docs = explanation.Sections[2];
        Assert.Equal((true, (int?)null), (docs.Optional, docs.WinningLine));
        Assert.Contains("trailing '/'", file.Explain("docs/a.md").Sections[2].Lines.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_owners_are_named_as_such_in_the_explanation()
    {
        var file = CodeOwnersFile.Parse("[Platform] @platform\nclusters/\n", "CODEOWNERS", CodeOwnersFlavor.GitLab);

        var line = file.Explain("clusters/a.yaml").Sections.Single().Lines.Single();

        Assert.Equal(LineVerdict.Won, line.Verdict);
        Assert.Contains("default owners", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_prints_as_plain_text()
    {
        var file = CodeOwnersFile.Parse("* @everyone\n/clusters/ @platform\n", "CODEOWNERS", CodeOwnersFlavor.GitHub);

        var text = file.Explain("clusters/a.yaml").ToText();

        Assert.Equal(
            "clusters/a.yaml: @platform (CODEOWNERS, GitHub rules)\n"
            + "       1  overridden * @everyone  # matches, but line 2 also matches and comes later\n"
            + "       2  WINS       /clusters/ @platform  # last matching line: owners @platform\n",
            text);
    }
}
