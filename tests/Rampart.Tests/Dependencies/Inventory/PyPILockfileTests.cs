using Rampart.Dependencies.PyPI;

namespace Rampart.Tests.Dependencies.Inventory;

public sealed class PyPILockfileTests
{
    [Fact]
    public void Requirements_keep_pinned_packages_and_report_the_others_as_unresolved()
    {
        const string text = """
            # pinned
            Flask==2.0.1  # web
            requests[security]==2.31.0 ; python_version >= "3.8"
            django>=4.2
            -r other.txt
            numpy===1.26.4 \
                --hash=sha256:abc
            zope.interface
            """;
        var inventory = Lockfiles.Read(new RequirementsReader(), "requirements.txt", text);
        Assert.Equal(["Flask@2.0.1 2 Direct", "requests@2.31.0 3 Direct", "numpy@1.26.4 6 Direct"], Lockfiles.Lines(inventory));
        Assert.Equal(["django 4 >=4.2", "zope.interface 8 "], inventory.Unresolved.Select(u => $"{u.Name} {u.Line} {u.Requirement}"));
        Assert.Equal("flask", inventory.Packages[0].NormalizedName);
        Assert.Equal("zope-interface", Rampart.Dependencies.Inventory.PackageNames.Normalize("PyPI", "Zope._Interface"));
    }

    [Fact]
    public void Line_that_is_no_requirement_is_unresolved_with_its_line()
    {
        var inventory = Lockfiles.Read(new RequirementsReader(), "requirements.txt", "flask==2.0\n==1.0\n{% if x %}\n");
        Assert.Equal(["flask@2.0 1 Direct"], Lockfiles.Lines(inventory));
        Assert.Equal([2, 3], inventory.Unresolved.Select(u => u.Line));
    }

    [Fact]
    public void Poetry_lock_reads_packages_with_dev_category_and_direct_when_nobody_depends_on_them()
    {
        const string text = """
            [[package]]
            name = "Flask"
            version = "2.0.1"
            category = "main"

            [package.dependencies]
            Werkzeug = ">=2.0"

            [[package]]
            name = "werkzeug"
            version = "2.0.3"
            category = "main"

            [[package]]
            name = "pytest"
            version = "7.4.0"
            category = "dev"

            [metadata]
            content-hash = "abc"
            files = { flask = [ {file = "Flask-2.0.1.whl", hash = "sha256:x"}, ] }
            """;
        var inventory = Lockfiles.Read(new PoetryLockReader(), "poetry.lock", text);
        Assert.Equal(["Flask@2.0.1 1 Direct", "werkzeug@2.0.3 9 Transitive", "pytest@7.4.0 14 Direct dev"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Unclosed_toml_string_is_a_problem_with_its_line()
    {
        var inventory = Lockfiles.Read(new PoetryLockReader(), "poetry.lock", "[[package]]\nname = \"a\nversion = \"1\"\n");
        Assert.NotNull(inventory.Problem);
        Assert.Equal(2, inventory.Problem.Line);
        Assert.Contains("invalid TOML", inventory.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipfile_lock_reads_default_and_develop_sections()
    {
        const string text = """
            {
              "_meta": { "hash": { "sha256": "x" } },
              "default": {
                "urllib3": { "hashes": [], "version": "==1.26.18" },
                "mylib": { "git": "https://example.com/mylib.git" }
              },
              "develop": {
                "pytest": { "version": "==7.4.0" }
              }
            }
            """;
        var inventory = Lockfiles.Read(new PipfileLockReader(), "Pipfile.lock", text);
        Assert.Equal(["urllib3@1.26.18 4 Unknown", "pytest@7.4.0 8 Unknown dev"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Uv_lock_takes_direct_and_dev_packages_from_the_project_entry()
    {
        const string text = """
            version = 1
            requires-python = ">=3.12"

            [[package]]
            name = "app"
            version = "0.1.0"
            source = { editable = "." }
            dependencies = [
                { name = "httpx" },
            ]

            [package.dev-dependencies]
            dev = [
                { name = "ruff" },
            ]

            [[package]]
            name = "httpx"
            version = "0.27.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [{ name = "idna" }]

            [[package]]
            name = "idna"
            version = "3.7"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "ruff"
            version = "0.5.0"
            source = { registry = "https://pypi.org/simple" }
            """;
        var inventory = Lockfiles.Read(new UvLockReader(), "uv.lock", text);
        Assert.Equal(["httpx@0.27.0 17 Direct", "idna@3.7 23 Transitive", "ruff@0.5.0 28 Direct dev"], Lockfiles.Lines(inventory));
    }
}
