using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Npm;

namespace Rampart.Tests.Dependencies.Inventory;

public sealed class NpmLockfileTests
{
    [Fact]
    public void Package_lock_v3_reads_install_paths_with_direct_dev_and_alias()
    {
        const string text = """
            {
              "name": "app",
              "lockfileVersion": 3,
              "packages": {
                "": {
                  "dependencies": { "left-pad": "^1.3.0", "my-alias": "npm:@scope/real@^2.0.0" },
                  "devDependencies": { "jest": "^29.0.0" }
                },
                "node_modules/left-pad": { "version": "1.3.0" },
                "node_modules/jest": { "version": "29.7.0", "dev": true },
                "node_modules/jest/node_modules/left-pad": { "version": "1.1.0", "dev": true },
                "node_modules/my-alias": { "name": "@scope/real", "version": "2.1.0" },
                "node_modules/linked": { "resolved": "packages/linked", "link": true },
                "packages/linked": { "version": "0.0.1" }
              }
            }
            """;
        var inventory = Lockfiles.Read(new PackageLockReader(), "package-lock.json", text);
        Assert.Equal(
            ["left-pad@1.3.0 9 Direct", "jest@29.7.0 10 Direct dev", "left-pad@1.1.0 11 Transitive dev", "@scope/real@2.1.0 12 Direct"],
            Lockfiles.Lines(inventory));
        Assert.Equal("pkg:npm/%40scope/real@2.1.0", inventory.Packages[3].Purl);
    }

    [Fact]
    public void Package_lock_v1_reads_nested_dependencies_and_takes_unrequired_top_level_ones_as_direct()
    {
        const string text = """
            {
              "lockfileVersion": 1,
              "dependencies": {
                "express": {
                  "version": "4.17.1",
                  "requires": { "debug": "2.6.9" },
                  "dependencies": {
                    "debug": { "version": "2.6.9" }
                  }
                },
                "debug": { "version": "4.3.4", "dev": true },
                "ms": { "version": "npm:tiny-ms@1.0.0" }
              }
            }
            """;
        var inventory = Lockfiles.Read(new PackageLockReader(), "package-lock.json", text);
        Assert.Equal(
            ["express@4.17.1 4 Direct", "debug@2.6.9 8 Transitive", "debug@4.3.4 11 Transitive dev", "tiny-ms@1.0.0 12 Direct"],
            Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Malformed_package_lock_is_a_problem_naming_file_and_line()
    {
        var inventory = Lockfiles.Read(new PackageLockReader(), "web/package-lock.json", "{\n  \"packages\": {\n    \"node_modules/a\": { \"version\": }\n  }\n}");
        Assert.Empty(inventory.Packages);
        Assert.NotNull(inventory.Problem);
        Assert.Equal(3, inventory.Problem.Line);
        Assert.StartsWith("web/package-lock.json:3: invalid JSON", inventory.Problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Yarn_classic_reads_entries_with_their_header_line()
    {
        const string text = """
            # yarn lockfile v1


            "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
              version "7.12.13"
              resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz"
              dependencies:
                "@babel/highlight" "^7.12.13"

            "@babel/highlight@^7.12.13":
              version "7.13.10"

            old@npm:new-name@^1.0.0:
              version "1.2.0"
            """;
        var inventory = Lockfiles.Read(new YarnLockReader(), "yarn.lock", text);
        Assert.Equal(
            ["@babel/code-frame@7.12.13 4 Direct", "@babel/highlight@7.13.10 10 Transitive", "new-name@1.2.0 13 Direct"],
            Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Yarn_berry_reads_resolutions_and_the_workspace_direct_dependencies()
    {
        const string text = """
            __metadata:
              version: 6
              cacheKey: 8

            "app@workspace:.":
              version: 0.0.0-use.local
              resolution: "app@workspace:."
              dependencies:
                lodash: ^4.17.0
              languageName: unknown
              linkType: soft

            "lodash@npm:^4.17.0":
              version: 4.17.21
              resolution: "lodash@npm:4.17.21"
              languageName: node
              linkType: hard

            "@types/node@npm:*":
              version: 20.1.0
              resolution: "@types/node@npm:20.1.0"
              linkType: hard
            """;
        var inventory = Lockfiles.Read(new YarnLockReader(), "yarn.lock", text);
        Assert.Equal(["lodash@4.17.21 13 Direct", "@types/node@20.1.0 19 Transitive"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Pnpm_v9_reads_packages_with_importer_direct_and_dev_lists()
    {
        const string text = """
            lockfileVersion: '9.0'

            importers:
              .:
                dependencies:
                  '@scope/lib':
                    specifier: ^1.0.0
                    version: 1.0.1
                devDependencies:
                  vitest:
                    specifier: ^1.0.0
                    version: 1.6.0

            packages:
              '@scope/lib@1.0.1':
                resolution: {integrity: sha512-x}
              vitest@1.6.0:
                resolution: {integrity: sha512-y}
              tinypool@0.8.4:
                resolution: {integrity: sha512-z}
            """;
        var inventory = Lockfiles.Read(new PnpmLockReader(), "pnpm-lock.yaml", text);
        Assert.Equal(["@scope/lib@1.0.1 15 Direct", "vitest@1.6.0 17 Direct dev", "tinypool@0.8.4 19 Transitive"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Pnpm_v5_and_v6_keys_drop_peer_suffixes_and_keep_dev_flags()
    {
        const string v5 = """
            lockfileVersion: 5.4
            dependencies:
              react-dom: 18.2.0_react@18.2.0
            packages:
              /react-dom/18.2.0_react@18.2.0:
                dev: false
              /@babel/core/7.20.0:
                dev: true
            """;
        Assert.Equal(["react-dom@18.2.0 5 Direct", "@babel/core@7.20.0 7 Transitive dev"], Lockfiles.Lines(Lockfiles.Read(new PnpmLockReader(), "pnpm-lock.yaml", v5)));

        const string v6 = """
            lockfileVersion: '6.0'
            packages:
              /react-dom@18.2.0(react@18.2.0):
                dev: false
            """;
        Assert.Equal(["react-dom@18.2.0 3 Transitive"], Lockfiles.Lines(Lockfiles.Read(new PnpmLockReader(), "pnpm-lock.yaml", v6)));
    }
}
