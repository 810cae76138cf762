using Rampart.Testing;
using Xunit.Sdk;

namespace Rampart.Tests.Testing;

/// <summary>
/// Tests compare generated files and rewrite them only when asked. The choice to rewrite is passed in, so these
/// tests hold whatever RAMPART_UPDATE_GOLDEN is set to.
/// </summary>
public sealed class GoldenFilesTests
{
    [Fact]
    public void An_out_of_date_file_fails_names_the_variable_and_is_left_as_it_is()
    {
        using var folder = new RepositoryBuilder().File("docs/page.md", "# Old\n").Build();
        var path = folder.PathOf("docs/page.md");

        var failure = Assert.Throws<FailException>(() => GoldenFiles.AssertFile(path, "# New\n", updating: false));

        Assert.Contains("RAMPART_UPDATE_GOLDEN=1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("first difference at line 1: committed «# Old», generated «# New»", failure.Message, StringComparison.Ordinal);
        Assert.Equal("# Old\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_file_fails_and_is_not_written()
    {
        using var folder = new RepositoryBuilder().Folder("docs").Build();
        var path = folder.PathOf("docs/page.md");

        var failure = Assert.Throws<FailException>(() => GoldenFiles.AssertFile(path, "# New\n", updating: false));

        Assert.Contains("is missing", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void When_asked_the_file_is_rewritten()
    {
        using var folder = new RepositoryBuilder().File("docs/page.md", "# Old\n").Build();
        var path = folder.PathOf("docs/page.md");

        GoldenFiles.AssertFile(path, "# New\n", updating: true);

        Assert.Equal("# New\n", File.ReadAllText(path));
    }

    [Fact]
    public void An_up_to_date_file_passes_whatever_its_line_endings()
    {
        using var folder = new RepositoryBuilder().File("docs/page.md", "# Same\r\ntext\r\n").Build();

        var failure = Record.Exception(() => GoldenFiles.AssertFile(folder.PathOf("docs/page.md"), "# Same\ntext\n", updating: false));

        Assert.Null(failure);
        Assert.Equal("# Same\r\ntext\r\n", File.ReadAllText(folder.PathOf("docs/page.md")));
    }
}
