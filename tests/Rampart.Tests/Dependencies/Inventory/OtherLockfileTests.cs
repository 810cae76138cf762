using Rampart.Dependencies.Cargo;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Packagist;
using Rampart.Dependencies.RubyGems;

namespace Rampart.Tests.Dependencies.Inventory;

public sealed class OtherLockfileTests
{
    [Fact]
    public void Cargo_lock_lists_registry_crates_and_takes_the_workspace_dependencies_as_direct()
    {
        const string text = """
            version = 3

            [[package]]
            name = "app"
            version = "0.1.0"
            dependencies = [
             "serde",
            ]

            [[package]]
            name = "serde"
            version = "1.0.188"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            checksum = "abc"
            dependencies = [
             "serde_derive 1.0.188",
            ]

            [[package]]
            name = "serde_derive"
            version = "1.0.188"
            source = "registry+https://github.com/rust-lang/crates.io-index"
            """;
        var inventory = Lockfiles.Read(new CargoLockReader(), "Cargo.lock", text);
        Assert.Equal(["serde@1.0.188 10 Direct", "serde_derive@1.0.188 19 Transitive"], Lockfiles.Lines(inventory));
        Assert.Equal("pkg:cargo/serde@1.0.188", inventory.Packages[0].Purl);
    }

    [Fact]
    public void Gemfile_lock_reads_specs_without_platform_and_direct_dependencies()
    {
        const string text = """
            GEM
              remote: https://rubygems.org/
              specs:
                nokogiri (1.15.4-x86_64-linux)
                  racc (~> 1.4)
                racc (1.7.1)

            PLATFORMS
              x86_64-linux

            DEPENDENCIES
              nokogiri

            BUNDLED WITH
               2.4.19
            """;
        var inventory = Lockfiles.Read(new GemfileLockReader(), "Gemfile.lock", text);
        Assert.Equal(["nokogiri@1.15.4 4 Direct", "racc@1.7.1 6 Transitive"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Composer_lock_reads_packages_and_dev_packages()
    {
        const string text = """
            {
              "packages": [
                { "name": "monolog/monolog", "version": "2.9.1" }
              ],
              "packages-dev": [
                { "name": "phpunit/phpunit", "version": "10.3.2" }
              ]
            }
            """;
        var inventory = Lockfiles.Read(new ComposerLockReader(), "composer.lock", text);
        Assert.Equal(["monolog/monolog@2.9.1 3 Unknown", "phpunit/phpunit@10.3.2 6 Unknown dev"], Lockfiles.Lines(inventory));
        Assert.Equal("pkg:composer/monolog/monolog@2.9.1", inventory.Packages[0].Purl);
    }

    [Theory]
    [InlineData("package-lock.json", "package-lock.json")]
    [InlineData("yarn.lock", "yarn.lock")]
    [InlineData("App.deps.json", "deps.json")]
    [InlineData("requirements-dev.txt", "requirements.txt")]
    [InlineData("Gemfile.lock", "Gemfile.lock")]
    public void Each_lockfile_name_finds_its_reader(string fileName, string format)
    {
        Assert.Equal(format, LockfileReaders.For(fileName)?.Format);
    }

    [Fact]
    public void Binary_content_is_a_problem_not_a_crash()
    {
        var inventory = LockfileReaders.Read(new GemfileLockReader(), "Gemfile.lock", new byte[] { 0x47, 0x00, 0xFF, 0xFE });
        Assert.NotNull(inventory.Problem);
        Assert.Equal(1, inventory.Problem.Line);
    }
}
