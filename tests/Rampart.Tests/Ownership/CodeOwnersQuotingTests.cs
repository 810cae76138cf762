using Rampart.Ownership.CodeOwners;

namespace Rampart.Tests.Ownership;

public sealed class CodeOwnersQuotingTests
{
    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void An_invalid_owner_is_quoted_with_its_secret_masked(CodeOwnersFlavor flavor)
    {
        var file = CodeOwnersFile.Parse("* @ok DB_PASSWORD=hunter2\n", "CODEOWNERS", flavor);

        var problem = Assert.Single(file.Problems);
        Assert.Contains("'DB_PASSWORD=***'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CodeOwnersFlavor.GitHub)]
    [InlineData(CodeOwnersFlavor.GitLab)]
    public void A_long_invalid_owner_is_quoted_only_up_to_the_bound(CodeOwnersFlavor flavor)
    {
        var owner = string.Concat(Enumerable.Repeat("owner.", 50_000));
        var file = CodeOwnersFile.Parse($"* {owner}\n", "CODEOWNERS", flavor);

        var problem = Assert.Single(file.Problems);
        Assert.Contains($"'{owner[..79]}…'", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 200, $"{problem.Message.Length} characters");
    }

    [Fact]
    public void Gitlab_entries_and_section_owners_are_quoted_the_same_way()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("folder/", 40));
        var file = CodeOwnersFile.Parse($"[Docs][x=secret] api_key=abc\n{pattern}\n", "CODEOWNERS", CodeOwnersFlavor.GitLab);

        Assert.Contains(file.Problems, p => p.Message == "approval count '[x=***' is not a number; 1 is required");
        Assert.Contains(file.Problems, p => p.Message == "malformed section owner 'api_key=***' is ignored");
        Assert.Contains(file.Problems, p => p.Message.StartsWith($"entry '{pattern[..79]}…' has no owners", StringComparison.Ordinal));
    }
}
