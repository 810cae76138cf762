using System.Text;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Secrets;
using Rampart.Testing;
using static Rampart.Tests.Secrets.SecretScans;

namespace Rampart.Tests.Secrets;

public sealed class SecretScanTests
{
    [Fact]
    public async Task A_token_in_any_text_file_is_reported_at_its_line_for_security()
    {
        using var repo = new RepositoryBuilder()
            .File("src/app.py", $"import os\n\nGITHUB = \"{GitHubToken}\"\n")
            .Build();

        var finding = Assert.Single((await Run(repo)).Secrets());

        Assert.Equal("RMP-SECRET-020", finding.RuleId);
        Assert.Equal(new SourceLocation("src/app.py", 3, 11, 3, 51), finding.Location);
        Assert.Equal(Responsibility.Security, finding.Responsibility);
    }

    [Fact]
    public async Task A_binary_file_is_not_read_for_secrets()
    {
        var bytes = Encoding.UTF8.GetBytes($"\0\0\0token={GitHubToken}\n");
        using var repo = new RepositoryBuilder().File("blob.bin", bytes).File("blob.txt", $"token={GitHubToken}\n").Build();

        var finding = Assert.Single((await Run(repo)).Secrets());

        Assert.Equal("blob.txt", finding.Location.Path);
    }

    [Theory]
    [InlineData("token = \"{0}\"  # rampart:allow")]
    [InlineData("const token = \"{0}\"; // rampart:allow test fixture")]
    [InlineData("<value>{0}</value> <!-- rampart:allow -->")]
    public async Task An_inline_allow_comment_on_the_line_silences_it(string line)
    {
        using var repo = new RepositoryBuilder()
            .File("a.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, line, GitHubToken) + "\n")
            .File("b.txt", $"token = \"{GitHubToken}\"\n")
            .Build();

        Assert.Equal(["b.txt"], (await Run(repo)).Secrets().Select(f => f.Location.Path));
    }

    [Fact]
    public async Task Files_under_an_allowed_path_are_not_read()
    {
        using var repo = new RepositoryBuilder()
            .File("fixtures/tokens.txt", $"token = {GitHubToken}\n")
            .File("app/settings.txt", $"token = {GitHubToken}\n")
            .Build();

        var report = await Run(repo, "secrets:\n  allowPaths: ['fixtures/**']\n");

        Assert.Equal(["app/settings.txt"], report.Secrets().Select(f => f.Location.Path));
    }

    [Fact]
    public async Task The_fingerprint_is_the_rule_and_the_secret_so_moving_the_line_keeps_it()
    {
        using var before = new RepositoryBuilder().File("app.env", $"A=1\nTOKEN={GitHubToken}\n").Build();
        using var after = new RepositoryBuilder().File("app.env", $"# moved\n\n\nA=1\nB=2\nTOKEN={GitHubToken}\n").Build();
        using var other = new RepositoryBuilder().File("app.env", $"A=1\nTOKEN={OtherGitHubToken}\n").Build();

        var first = Assert.Single((await Run(before)).Secrets());
        var moved = Assert.Single((await Run(after)).Secrets());
        var changed = Assert.Single((await Run(other)).Secrets());

        Assert.Equal((2, 6), (first.Location.Line, moved.Location.Line));
        Assert.Equal(first.Fingerprint, moved.Fingerprint);
        Assert.NotEqual(first.Fingerprint, changed.Fingerprint);
    }

    [Fact]
    public async Task No_report_format_holds_more_than_the_first_four_characters_of_a_secret()
    {
        const string password = "Xq9-vLr2Tz8pWk3m";
        using var repo = new RepositoryBuilder()
            .File("deploy/app.env", $"TOKEN={GitHubToken}\nDATABASE_URL=postgres://app:{password}@db:5432/app\n")
            .File("k8s/secret.yaml", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: {password}\n")
            .Build();
        var report = await Run(repo);
        Assert.Equal(3, report.Secrets().Count);

        Assert.All(ReportFormats.Default.All, writer =>
        {
            var output = new StringWriter();
            writer.Write(report, output, new ReportOptions { RepositoryRoot = repo.Root });
            var text = output.ToString();
            Assert.DoesNotContain(GitHubToken[..5], text);
            Assert.DoesNotContain(password[..5], text);
        });
        Assert.Contains(report.Secrets(), f => f.Message.Contains("ghp_…", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secret_findings_go_to_security_and_to_the_owners_of_the_path()
    {
        using var repo = new RepositoryBuilder()
            .File("CODEOWNERS", "* @acme/platform\n/payments/ @acme/payments\n")
            .File("payments/config.ini", $"[github]\ntoken = {GitHubToken}\n")
            .Build();

        var finding = Assert.Single((await Run(repo)).Secrets());

        Assert.Equal(Responsibility.Security, finding.Responsibility);
        Assert.Contains("@acme/payments", finding.Owners);
    }

    [Fact]
    public async Task Selecting_other_scanners_leaves_the_secret_analyzer_out()
    {
        using var repo = new RepositoryBuilder().File("a.txt", $"token = {GitHubToken}\n").Build();

        Assert.Single((await Run(repo)).Secrets());
        Assert.Empty((await Run(repo, scanners: new HashSet<string> { "policy" })).Secrets());
        Assert.Single((await Run(repo, scanners: new HashSet<string> { "secret" })).Secrets());
    }

    [Fact]
    public void A_large_stream_is_scanned_in_chunks_and_every_secret_keeps_its_line()
    {
        var text = new StringBuilder();
        var expected = new List<int>();
        for (var line = 1; line <= 40_000; line++)
        {
            var token = line % 997 == 0;
            text.Append(token ? $"key{line} = {GitHubToken}\n" : $"plain line {line} with nothing in it at all\n");
            if (token)
            {
                expected.Add(line);
            }
        }

        var found = new List<LocatedSecret>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
        SecretStream.Scan(SecretScanner.Default, stream, found, 1000, chunkBytes: 64 * 1024);

        Assert.True(stream.Length > 10 * 64 * 1024);
        Assert.Equal(expected, found.Select(f => f.Line));
    }

    [Fact]
    public void The_keyword_pass_reads_each_byte_once_whatever_the_rules()
    {
        var scanner = new SecretScanner(SecretRules.All);
        var small = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("password token secret aws ghp_ xox key-\n", 1_000)));
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("password token secret aws ghp_ xox key-\n", 10_000)));

        scanner.Scan(small, small.Length, []);
        var afterSmall = scanner.KeywordSteps;
        scanner.Scan(large, large.Length, []);

        Assert.Equal(small.Length, afterSmall);
        Assert.Equal(large.Length, scanner.KeywordSteps - afterSmall);
    }

    [Fact]
    public void A_scan_reuses_the_threads_keyword_buffers_instead_of_growing_new_ones()
    {
        var scanner = new SecretScanner(SecretRules.All);
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the token of the day\n", 5_000)));
        scanner.Scan(text, text.Length, []);

        var before = GC.GetAllocatedBytesForCurrentThread();
        scanner.Scan(text, text.Length, []);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // 5,000 keyword hits of 32 bytes: a new list would take 160 KB and more for its growth.
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated by the second scan");
    }
}
