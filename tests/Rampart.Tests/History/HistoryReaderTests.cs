using Rampart.History;
using Rampart.Testing;
using Rampart.Tests.Testing;

namespace Rampart.Tests.History;

public sealed class HistoryReaderTests
{
    private static TokenScanner ReadAll(TestRepository repo, string? since = null, HistoryLimits? limits = null)
    {
        var scanner = new TokenScanner();
        var result = HistoryReader.ReadCommits(repo.Root, since, scanner, CancellationToken.None, limits);
        Assert.Null(result.Error);
        return scanner;
    }

    [Fact]
    public void Each_added_line_comes_with_its_commit_author_date_and_line_number()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("app/config.txt", "one\nTOKEN_FIRST\nthree\n").Commit("first")
            .File("app/config.txt", "zero\none\nTOKEN_FIRST\nthree\nTOKEN_SECOND\n").Commit("second")
            .Build();

        var scanner = ReadAll(repo);

        Assert.Equal(
            [(repo.Commits[1], "app/config.txt", 5, "TOKEN_SECOND"), (repo.Commits[0], "app/config.txt", 2, "TOKEN_FIRST")],
            scanner.Found);
        var second = scanner.Lines.First(l => l.Text == "TOKEN_SECOND").Commit!;
        Assert.Equal(40, second.Id.Length);
        Assert.Equal("Test Author", second.AuthorName);
        Assert.Equal("author@example.com", second.AuthorEmail);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 12, 1, 0, TimeSpan.Zero), second.AuthorDate);
        Assert.Equal(["zero", "TOKEN_SECOND"], scanner.Lines.Where(l => l.Commit!.Id == repo.Commits[1]).Select(l => l.Text));
        Assert.Equal([1, 5], scanner.Lines.Where(l => l.Commit!.Id == repo.Commits[1]).Select(l => l.Line));
    }

    [Fact]
    public void A_renamed_file_adds_only_its_changed_lines_under_the_new_name_and_a_deletion_adds_none()
    {
        var body = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("old.txt", "TOKEN_KEPT\n" + body).Commit("add")
            .Git("mv", "old.txt", "new.txt")
            .File("new.txt", "TOKEN_KEPT\n" + body + "TOKEN_AFTER_MOVE\n").Commit("move and extend")
            .Delete("new.txt").Commit("delete")
            .Build();

        var scanner = ReadAll(repo);

        Assert.Equal(
            [(repo.Commits[1], "new.txt", 22, "TOKEN_AFTER_MOVE"), (repo.Commits[0], "old.txt", 1, "TOKEN_KEPT")],
            scanner.Found);
        Assert.DoesNotContain(scanner.Lines, l => l.Commit!.Id == repo.Commits[2]);
    }

    [Fact]
    public void Binary_files_are_skipped_and_counted()
    {
        byte[] binary = [0, 1, 2, .. "TOKEN_IN_BINARY\n"u8, 0, 255];
        using var repo = new RepositoryBuilder()
            .GitInit().File("image.bin", binary).File("a.txt", "TOKEN_TEXT\n").Commit("add")
            .Build();

        var scanner = new TokenScanner();
        var result = HistoryReader.ReadCommits(repo.Root, null, scanner, CancellationToken.None);

        Assert.Equal(1, result.BinaryFiles);
        Assert.Equal([(repo.Commits[0], "a.txt", 1, "TOKEN_TEXT")], scanner.Found);
    }

    [Fact]
    public void Hostile_file_names_keep_their_name()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("new\nline.txt", "TOKEN_NEWLINE\n")
            .File("with space.txt", "TOKEN_SPACE\n")
            .File("quote\"and\\back.txt", "TOKEN_QUOTE\n")
            .File("héllo.txt", "TOKEN_ACCENT\n")
            .Commit("names")
            .Build();

        var scanner = ReadAll(repo);

        Assert.Equal(
            ["héllo.txt", "new\nline.txt", "quote\"and\\back.txt", "with space.txt"],
            scanner.Found.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_read_with_a_replacement_character()
    {
        using var repo = new RepositoryBuilder().GitInit().File("plain.txt", "TOKEN_RAW\n").Build();
        Assert.SkipUnless(RawFileNames.Rename(repo.PathOf("plain.txt"), RawFileNames.Invalid(".txt")), "the system refuses names that are not UTF-8");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "raw name");

        var scanner = ReadAll(repo);

        Assert.Equal("bad\uFFFD.txt", Assert.Single(scanner.Found).Path);
    }

    [Fact]
    public void A_merge_adds_only_what_none_of_its_parents_had()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("base.txt", "base\n").Commit("base")
            .Git("checkout", "-q", "-b", "side")
            .File("side.txt", "TOKEN_SIDE\n").Commit("on side")
            .Git("checkout", "-q", "main")
            .File("main.txt", "TOKEN_MAIN\n").Commit("on main")
            .Git("merge", "-q", "--no-ff", "--no-commit", "side")
            .File("main.txt", "TOKEN_MAIN\nTOKEN_IN_MERGE\n")
            .Commit("merge side, with a line of its own")
            .Build();

        var scanner = ReadAll(repo);

        var merge = repo.Commits[3];
        Assert.Equal(2, repo.Git("rev-list", "--parents", "-n", "1", merge).Trim().Split(' ').Length - 1);
        Assert.Equal(
            [(merge, "main.txt", 2, "TOKEN_IN_MERGE"), (repo.Commits[2], "main.txt", 1, "TOKEN_MAIN"), (repo.Commits[1], "side.txt", 1, "TOKEN_SIDE")],
            scanner.Found.OrderBy(f => f.Token, StringComparer.Ordinal));
    }

    [Fact]
    public void Since_reads_only_the_commits_after_the_revision()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.txt", "TOKEN_OLD\n").Commit("old").Git("tag", "v1")
            .File("a.txt", "TOKEN_OLD\nTOKEN_NEW\n").Commit("new")
            .Build();

        var scanner = ReadAll(repo, since: "v1");

        Assert.Equal([(repo.Commits[1], "a.txt", 2, "TOKEN_NEW")], scanner.Found);
    }

    [Fact]
    public void Staged_reads_the_lines_the_index_adds_against_head()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("a.txt", "TOKEN_COMMITTED\n").Commit("base")
            .File("a.txt", "TOKEN_COMMITTED\nTOKEN_STAGED\n").Git("add", "a.txt")
            .File("b.txt", "TOKEN_ONLY_IN_WORK_TREE\n")
            .Build();

        var scanner = new TokenScanner();
        var result = HistoryReader.ReadStaged(repo.Root, scanner, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal([((string?)null, "a.txt", 2, "TOKEN_STAGED")], scanner.Found);
    }

    [Fact]
    public void Staged_before_the_first_commit_reads_the_whole_index()
    {
        using var repo = new RepositoryBuilder()
            .GitInit().File("a.txt", "x\nTOKEN_FIRST_EVER\n").Git("add", "a.txt")
            .Build();

        var scanner = new TokenScanner();
        Assert.Null(HistoryReader.ReadStaged(repo.Root, scanner, CancellationToken.None).Error);

        Assert.Equal([((string?)null, "a.txt", 2, "TOKEN_FIRST_EVER")], scanner.Found);
    }

    [Fact]
    public void A_subfolder_reads_only_its_files_with_paths_relative_to_it()
    {
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("deploy/app.txt", "TOKEN_DEPLOY\n").File("other.txt", "TOKEN_OTHER\n").Commit("both")
            .Build();

        var scanner = new TokenScanner();
        Assert.Null(HistoryReader.ReadCommits(repo.PathOf("deploy"), null, scanner, CancellationToken.None).Error);

        Assert.Equal([(repo.Commits[0], "app.txt", 1, "TOKEN_DEPLOY")], scanner.Found);
    }

    [Fact]
    public void Long_lines_are_cut_and_huge_file_changes_capped_and_both_counted()
    {
        var many = string.Concat(Enumerable.Range(1, 50).Select(i => $"TOKEN_L{i}\n"));
        using var repo = new RepositoryBuilder()
            .GitInit()
            .File("long.txt", "TOKEN_HEAD" + new string('x', 5000) + "TOKEN_TAIL\n")
            .File("many.txt", many)
            .Commit("big")
            .Build();

        var scanner = new TokenScanner();
        var result = HistoryReader.ReadCommits(repo.Root, null, scanner, CancellationToken.None,
            new HistoryLimits { MaxLineBytes = 100, MaxAddedLinesPerFile = 10 });

        Assert.Equal(1, result.TruncatedLines);
        Assert.Equal(1, result.CappedFiles);
        var longLine = Assert.Single(scanner.Lines, l => l.Path == "long.txt");
        Assert.True(longLine.Truncated);
        Assert.Equal(99, longLine.Text.Length); // 100 bytes kept, less the diff's '+' marker
        Assert.Equal(10, scanner.Lines.Count(l => l.Path == "many.txt"));
        Assert.Equal(11, result.AddedLines);
    }

    [Fact]
    public void Cancellation_stops_the_read()
    {
        var builder = new RepositoryBuilder().GitInit();
        for (var i = 0; i < 30; i++)
        {
            builder.File($"f{i}.txt", $"TOKEN_{i}\n").Commit($"c{i}");
        }

        using var repo = builder.Build();
        using var cancel = new CancellationTokenSource();
        var scanner = new TokenScanner { After = _ => cancel.Cancel() };

        var result = HistoryReader.ReadCommits(repo.Root, null, scanner, cancel.Token);

        Assert.True(result.Cancelled);
        Assert.Single(scanner.Lines);
        Assert.Null(result.Error);
    }

    [Fact]
    public void A_folder_outside_git_and_an_unknown_since_are_errors()
    {
        var folder = Directory.CreateTempSubdirectory("rampart-nogit-").FullName;
        try
        {
            var outside = HistoryReader.ReadCommits(folder, null, new TokenScanner(), CancellationToken.None);
            Assert.Contains("is not inside a git repository", outside.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        using var repo = new RepositoryBuilder().GitInit().File("a.txt", "a\n").Commit("a").Build();
        var unknown = HistoryReader.ReadCommits(repo.Root, "no-such-ref", new TokenScanner(), CancellationToken.None);
        Assert.Contains("'no-such-ref' is not a commit", unknown.Error, StringComparison.Ordinal);
    }
}
