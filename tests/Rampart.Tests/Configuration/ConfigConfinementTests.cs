using Rampart.Configuration;
using Rampart.Testing;

namespace Rampart.Tests.Configuration;

public sealed class ConfigConfinementTests
{
    /// <summary>What a hostile file outside would give if read as configuration: an unknown key, quoted in the error.</summary>
    private const string OutsideYaml = OutsideFolder.Secret + ": 1\n";

    [Theory]
    [InlineData("codeowners:\n  path: /etc/passwd\n", 2, 9, "is an absolute path")]
    [InlineData("codeowners:\n  path: /proc/self/environ\n", 2, 9, "is an absolute path")]
    [InlineData("codeowners:\n  path: ../x\n", 2, 9, "leads outside the repository")]
    [InlineData("codeowners:\n  path: https://example.com/CODEOWNERS\n", 2, 9, "is a URL")]
    [InlineData("scan:\n  policies: [ok, ../../shared/policies]\n", 2, 18, "leads outside the repository")]
    [InlineData("scan:\n  schemas: /usr/share/schemas\n", 2, 12, "is an absolute path")]
    public void A_path_written_outside_the_repository_is_an_error_at_its_position(string text, int line, int column, string reason)
    {
        var result = ConfigLoader.Parse(text, "rampart.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_codeowners_path_through_a_link_out_of_the_repository_is_an_error()
    {
        using var outside = new OutsideFolder();
        outside.File("CODEOWNERS", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder()
            .File("rampart.yaml", "codeowners:\n  path: owners/CODEOWNERS\n")
            .Symlink("owners", outside.Root)
            .Build();

        var result = ConfigLoader.LoadForRepository(repo.Root);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("rampart.yaml:2:9: codeowners.path: 'owners' is a symbolic link to '", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("', outside the repository; not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rampart_yaml_linked_out_of_the_repository_is_refused_without_being_read()
    {
        using var outside = new OutsideFolder();
        var target = outside.File("config.yaml", OutsideYaml);
        using var repo = new RepositoryBuilder().Symlink("rampart.yaml", target).Build();

        var result = ConfigLoader.LoadForRepository(repo.Root);

        var error = Assert.Single(result.Errors);
        Assert.Equal("rampart.yaml", error.Path);
        Assert.Contains("is a symbolic link to", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CI_DEPLOY_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rampart_yaml_linked_to_a_fifo_outside_is_never_opened()
    {
        using var outside = new OutsideFolder();
        var fifo = outside.Fifo("pipe", OutsideYaml);
        using var repo = new RepositoryBuilder().Symlink("rampart.yaml", fifo.Path).Build();

        var result = ConfigLoader.LoadForRepository(repo.Root);

        Assert.Contains("outside the repository; not read", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.False(fifo.Opened);
    }

    [Fact]
    public void The_waivers_file_through_a_folder_link_out_of_the_repository_is_refused()
    {
        using var outside = new OutsideFolder();
        outside.File("waivers.yaml", OutsideYaml);
        using var repo = new RepositoryBuilder().Symlink(".rampart", outside.Root).Build();

        var result = ConfigLoader.LoadForRepository(repo.Root);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith(".rampart/waivers.yaml: '.rampart' is a symbolic link", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("CI_DEPLOY_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_folder_holding_a_link_out_of_the_repository_is_an_error()
    {
        using var outside = new OutsideFolder();
        var secret = outside.File("environ", OutsideFolder.Secret);
        using var repo = new RepositoryBuilder()
            .File("rampart.yaml", "scan:\n  policies: [policies]\n")
            .File("policies/mine.yaml", "")
            .Symlink("policies/sub/stolen.yaml", secret)
            .Build();

        var result = ConfigLoader.LoadForRepository(repo.Root);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("rampart.yaml:2:14: scan.policies: 'policies/sub/stolen.yaml' is a symbolic link", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_operators_config_file_may_be_anywhere_but_the_paths_it_names_stay_in_the_repository()
    {
        using var outside = new OutsideFolder();
        var config = outside.File("rampart.yaml", "codeowners:\n  path: ../CODEOWNERS\n");
        var fine = outside.File("fine.yaml", "gate:\n  failOn: low\n");
        using var repo = new RepositoryBuilder().Build();

        var refused = ConfigLoader.LoadForRepository(repo.Root, config);
        var read = ConfigLoader.LoadForRepository(repo.Root, fine);

        Assert.Contains("leads outside the repository", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(read.Errors);
        Assert.Equal(Rampart.Findings.Severity.Low, read.Config.Gate.FailOn);
    }

    [Fact]
    public void A_schemas_url_in_the_configuration_needs_the_command_line()
    {
        var config = ConfigLoader.Parse("scan:\n  schemas: http://127.0.0.1:9/openapi/v3\n", "rampart.yaml");
        Assert.Empty(config.Errors);

        var fromConfig = config.Config.SchemaSources("/repo", [], out var error);
        var fromFlag = config.Config.SchemaSources("/repo", ["http://127.0.0.1:9/openapi/v3"], out var none);

        Assert.Empty(fromConfig);
        Assert.StartsWith("rampart.yaml:2:12: scan.schemas is a URL; a configuration file cannot make the scan fetch it: pass --schemas http://127.0.0.1:9/openapi/v3", error!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["http://127.0.0.1:9/openapi/v3"], fromFlag);
        Assert.Null(none);
    }

    [Fact]
    public void A_schemas_folder_in_the_configuration_is_taken_from_the_repository_root()
    {
        var config = ConfigLoader.Parse("scan:\n  schemas: schemas/v1.33\n", "rampart.yaml").Config;

        var sources = config.SchemaSources(Path.Combine(Path.GetTempPath(), "repo"), [], out var error);

        Assert.Null(error);
        Assert.Equal([Path.Combine(Path.GetTempPath(), "repo", "schemas", "v1.33")], sources);
    }
}
