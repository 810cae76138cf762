using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Ownership;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Configuration;

/// <summary>Which configuration file a scan of a folder reads: the nearest up to the repository's top, by either name.</summary>
public sealed class ConfigLookupTests
{
    private const string Gate = "gate:\n  failOn: low\n";

    [Fact]
    public void A_subfolder_scan_reads_the_rampart_yaml_at_the_top_of_the_repository()
    {
        using var repo = new RepositoryBuilder().Folder(".git").File("rampart.yaml", Gate).File("deploy/apps/web.yaml", "a: 1\n").Build();

        var loaded = ConfigLoader.LoadForRepository(repo.PathOf("deploy/apps"));

        Assert.Empty(loaded.Errors);
        Assert.Equal(Severity.Low, loaded.Config.Gate.FailOn);
        Assert.Equal("deploy/apps/", loaded.Config.PathPrefix);
    }

    [Fact]
    public void The_nearest_configuration_wins_over_one_further_up()
    {
        using var repo = new RepositoryBuilder().Folder(".git").File("rampart.yaml", Gate).File("deploy/rampart.yaml", "gate:\n  failOn: critical\n").Folder("deploy/apps").Build();

        var loaded = ConfigLoader.LoadForRepository(repo.PathOf("deploy/apps"));

        Assert.Equal(Severity.Critical, loaded.Config.Gate.FailOn);
        Assert.Equal("apps/", loaded.Config.PathPrefix);
    }

    [Fact]
    public void The_lookup_stops_at_the_top_of_the_work_tree()
    {
        using var outer = new RepositoryBuilder().File("rampart.yaml", Gate).Folder("repo/.git").Folder("repo/deploy").Build();

        var loaded = ConfigLoader.LoadForRepository(outer.PathOf("repo/deploy"));

        Assert.Empty(loaded.Errors);
        Assert.Null(loaded.Config.Gate.FailOn);
    }

    [Fact]
    public void Outside_git_only_the_scanned_folder_is_looked_in()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", Gate).Folder("deploy").Build();

        Assert.Null(ConfigLoader.LoadForRepository(repo.PathOf("deploy")).Config.Gate.FailOn);
    }

    [Fact]
    public void Rampart_yml_is_read_too()
    {
        using var repo = new RepositoryBuilder().Folder(".git").File("rampart.yml", Gate).Folder("deploy").Build();

        var loaded = ConfigLoader.LoadForRepository(repo.PathOf("deploy"));

        Assert.Empty(loaded.Errors);
        Assert.Equal(Severity.Low, loaded.Config.Gate.FailOn);
    }

    [Fact]
    public void Both_names_in_one_folder_is_an_error_naming_both()
    {
        using var repo = new RepositoryBuilder().Folder(".git").File("rampart.yaml", Gate).File("rampart.yml", Gate).Folder("deploy").Build();

        var error = Assert.Single(ConfigLoader.LoadForRepository(repo.PathOf("deploy")).Errors);

        Assert.Contains("../rampart.yaml", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("../rampart.yml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_flag_wins_over_the_files_found()
    {
        using var repo = new RepositoryBuilder().Folder(".git").File("rampart.yaml", Gate).File("rampart.yml", Gate).File("ops/strict.yaml", "gate:\n  failOn: medium\n").Build();

        var loaded = ConfigLoader.LoadForRepository(repo.Root, repo.PathOf("ops/strict.yaml"));

        Assert.Empty(loaded.Errors);
        Assert.Equal(Severity.Medium, loaded.Config.Gate.FailOn);
    }

    [Fact]
    public void Routing_paths_of_a_configuration_above_are_matched_from_its_folder()
    {
        using var repo = new RepositoryBuilder().Folder(".git")
            .File("rampart.yaml", "routing:\n  - match: {path: 'deploy/apps/**'}\n    owners: ['@acme/apps']\n")
            .File("deploy/apps/web.yaml", "a: 1\n")
            .Build();
        var config = ConfigLoader.LoadForRepository(repo.PathOf("deploy")).Config;
        var finding = new Finding
        {
            RuleId = "RMP-X-001", Title = "t", Category = Category.Misconfiguration, Severity = Severity.Low,
            Responsibility = Responsibility.Developers, Message = "m", Location = new SourceLocation("apps/web.yaml"),
        };

        Assert.Equal(["@acme/apps"], new Attributor(config, null).Attribute(finding).Owners);
    }

    [Fact]
    public void Policy_folders_of_a_configuration_above_are_relative_to_its_folder()
    {
        using var repo = new RepositoryBuilder().Folder(".git")
            .File("rampart.yaml", "scan:\n  policies: [policies]\n")
            .Folder("policies")
            .Folder("deploy")
            .Build();

        var settings = ScanSettings.Resolve(new ScanRequest { Path = repo.PathOf("deploy") });

        Assert.Empty(settings.Errors);
        Assert.Equal([repo.PathOf("policies")], settings.Options!.PolicyDirectories);
    }
}
