using Rampart.Dependencies.NuGet;

namespace Rampart.Tests.Dependencies.Inventory;

public sealed class NuGetLockfileTests
{
    [Fact]
    public void Packages_lock_lists_each_package_once_across_frameworks_and_skips_projects()
    {
        const string text = """
            {
              "version": 1,
              "dependencies": {
                "net8.0": {
                  "Newtonsoft.Json": { "type": "Direct", "requested": "[13.0.1, )", "resolved": "13.0.1" },
                  "System.Memory": { "type": "Transitive", "resolved": "4.5.5" },
                  "MyLib": { "type": "Project" }
                },
                "net10.0": {
                  "Newtonsoft.Json": { "type": "Direct", "requested": "[13.0.1, )", "resolved": "13.0.1" },
                  "System.Buffers": { "type": "CentralTransitive", "resolved": "4.6.0" }
                }
              }
            }
            """;
        var inventory = Lockfiles.Read(new PackagesLockReader(), "packages.lock.json", text);
        Assert.Equal(["Newtonsoft.Json@13.0.1 5 Direct", "System.Memory@4.5.5 6 Transitive", "System.Buffers@4.6.0 11 Transitive"], Lockfiles.Lines(inventory));
        Assert.Equal("newtonsoft.json", inventory.Packages[0].NormalizedName);
        Assert.Equal("pkg:nuget/Newtonsoft.Json@13.0.1", inventory.Packages[0].Purl);
    }

    [Fact]
    public void Central_package_versions_resolve_properties_and_report_ranges_as_unresolved()
    {
        const string text = """
            <Project>
              <PropertyGroup>
                <XunitVersion>2.9.0</XunitVersion>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="xunit" Version="$(XunitVersion)" />
                <PackageVersion Include="Serilog" Version="[3.0,4.0)" />
                <PackageVersion Include="Dapper" Version="$(Undefined)" />
                <GlobalPackageReference Include="Nerdbank.GitVersioning" Version="3.6.143" />
              </ItemGroup>
            </Project>
            """;
        var inventory = Lockfiles.Read(new CentralPackagesReader(), "Directory.Packages.props", text);
        Assert.Equal(["xunit@2.9.0 6 Direct", "Nerdbank.GitVersioning@3.6.143 9 Direct"], Lockfiles.Lines(inventory));
        Assert.Equal(["Serilog 7", "Dapper 8"], inventory.Unresolved.Select(u => $"{u.Name} {u.Line}"));
    }

    [Fact]
    public void Central_package_file_with_a_doctype_is_refused_with_its_line()
    {
        const string text = "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x \"y\">]>\n<Project />";
        var inventory = Lockfiles.Read(new CentralPackagesReader(), "Directory.Packages.props", text);
        Assert.NotNull(inventory.Problem);
        Assert.Contains("DTD", inventory.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deps_json_reads_package_libraries_and_the_project_direct_dependencies()
    {
        const string text = """
            {
              "targets": {
                ".NETCoreApp,Version=v8.0": {
                  "App/1.0.0": { "dependencies": { "Serilog": "3.1.1" } },
                  "Serilog/3.1.1": {},
                  "System.Text.Json/8.0.0": {}
                }
              },
              "libraries": {
                "App/1.0.0": { "type": "project", "serviceable": false },
                "Serilog/3.1.1": { "type": "package", "serviceable": true },
                "System.Text.Json/8.0.0": { "type": "package", "serviceable": true }
              }
            }
            """;
        var inventory = Lockfiles.Read(new DepsJsonReader(), "App.deps.json", text);
        Assert.Equal(["Serilog@3.1.1 11 Direct", "System.Text.Json@8.0.0 12 Transitive"], Lockfiles.Lines(inventory));
    }
}
