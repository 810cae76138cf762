using System.Text;
using Rampart.Dependencies.Go;
using Rampart.Dependencies.Inventory;
using Rampart.Testing;
using Rampart.Tests.Dependencies.Scanning;

namespace Rampart.Tests.Dependencies.Inventory;

/// <summary>
/// A module below Go 1.17 lists only its direct requirements in <c>go.mod</c>; its <c>go.sum</c> adds the others, as
/// Trivy reads such modules. From 1.17 on, <c>go.mod</c> alone is read.
/// </summary>
public sealed class GoSumTests
{
    private const string GoSum = """
        example.org/direct v1.2.0 h1:aaaa=
        example.org/direct v1.2.0/go.mod h1:bbbb=
        example.org/indirect v0.3.0/go.mod h1:cccc=
        example.org/indirect v0.4.1 h1:dddd=
        example.org/indirect v0.4.1/go.mod h1:eeee=
        example.org/only-go-mod v2.0.0+incompatible/go.mod h1:ffff=

        """;

    private static string GoMod(string? go) => $"""
        module example.org/app

        {(go is null ? "" : "go " + go)}

        require example.org/direct v1.2.0
        """;

    private static LockfileInventory Read(string goMod, string? goSum) =>
        new GoModReader().Read("go.mod", Encoding.UTF8.GetBytes(goMod), () => goSum is null ? null : Encoding.UTF8.GetBytes(goSum));

    private static List<(string, string, DependencyRelation, int)> Rows(LockfileInventory inventory) =>
        [.. inventory.Packages.Select(p => (p.Name, p.Version, p.Relation, p.Line))];

    [Theory]
    [InlineData("1.16")]
    [InlineData("1.13")]
    [InlineData("1.16.5")]
    public void Below_go_117_the_modules_of_go_sum_are_added_as_transitive_at_their_last_version(string go)
    {
        var inventory = Read(GoMod(go), GoSum);

        Assert.Equal(
            [
                ("example.org/direct", "v1.2.0", DependencyRelation.Direct, 5),
                ("example.org/indirect", "v0.4.1", DependencyRelation.Transitive, 3),
                ("example.org/only-go-mod", "v2.0.0+incompatible", DependencyRelation.Transitive, 3),
            ],
            Rows(inventory));
    }

    [Fact]
    public void Without_a_go_directive_the_module_is_taken_as_older_than_117()
    {
        var inventory = Read(GoMod(null), GoSum);

        Assert.Equal(["example.org/direct", "example.org/indirect", "example.org/only-go-mod"], inventory.Packages.Select(p => p.Name));
        Assert.Equal(1, inventory.Packages[1].Line);
    }

    [Theory]
    [InlineData("1.17")]
    [InlineData("1.21.0")]
    [InlineData("1.22rc1")]
    public void From_go_117_on_go_sum_is_not_read(string go)
    {
        var read = false;
        var inventory = new GoModReader().Read("go.mod", Encoding.UTF8.GetBytes(GoMod(go)), () =>
        {
            read = true;
            return Encoding.UTF8.GetBytes(GoSum);
        });

        Assert.False(read);
        Assert.Equal([("example.org/direct", "v1.2.0", DependencyRelation.Direct, 5)], Rows(inventory));
    }

    [Fact]
    public void Below_go_117_without_a_go_sum_only_go_mod_is_read()
    {
        Assert.Equal([("example.org/direct", "v1.2.0", DependencyRelation.Direct, 5)], Rows(Read(GoMod("1.15"), null)));
    }

    [Fact]
    public async Task A_scan_finds_a_vulnerable_module_that_only_go_sum_names_and_reports_it_in_go_mod()
    {
        using var advisories = new RepositoryBuilder()
            .File("Go/GO-2099-0001.json", """
                {"id": "GO-2099-0001", "affected": [{"package": {"ecosystem": "Go", "name": "example.org/indirect"},
                  "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.5.0"}]}]}]}
                """)
            .Build();
        using var repo = new RepositoryBuilder()
            .File("old/go.mod", GoMod("1.15"))
            .File("old/go.sum", GoSum)
            .File("new/go.mod", GoMod("1.17"))
            .File("new/go.sum", GoSum)
            .Build();

        var finding = Assert.Single((await VulnScans.Run(repo, advisories)).Vulnerabilities());

        Assert.Equal(("old/go.mod", 3), (finding.Location.Path, finding.Location.Line));
        Assert.Equal(("example.org/indirect", "v0.4.1"), (finding.Package!.Name, finding.Package.Version));
        Assert.Equal(["0.5.0"], finding.Package.FixedVersions);
    }
}
