using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Tests.Secrets;

/// <summary>
/// Recall and false positives of the secret rules over other projects' test data (read at test time from the shared
/// corpus, never copied): secretlint's snapshots (a case named <c>ng.*</c> should report, <c>ok.*</c> should not; other
/// names follow their recorded output), gitleaks' directory fixtures, and detect-secrets' baseline. Only the families
/// Rampart covers are counted (docs/conformance.md lists them); the gates are the counts reached today.
/// </summary>
public sealed class SecretCorpusTests
{
    // secretlint rule folders whose families Rampart covers; the cases left out test the tool's own options.
    private static readonly string[] SecretlintFamilies =
    [
        "1password", "anthropic", "aws", "azure", "basicauth", "cloudflare", "database-connection-string", "databricks", "docker", "figma", "gcp",
        "github", "gitlab", "grafana", "groq", "hashicorp-vault", "huggingface", "linear", "no-k8s-kind-secret", "notion", "npm", "openai",
        "privatekey", "sendgrid", "shopify", "slack", "stripe", "tailscale", "vercel",
    ];

    // Cases of covered folders that are about something other than a secret (an account or tenant id) or a binary
    // format Rampart does not open (PKCS#12).
    // basicauth's ok case of database URLs says which secretlint rule reports them, not that they are no secret.
    private static readonly string[] NotSecrets = ["aws/ng.AWS Account ID", "azure/ng.ad_tenant_id", "azure/ng.azure_client_id", "gcp/ng.privatekey-p12", "basicauth/ok.database-urls-not-detected"];

    [Fact]
    public void Secretlint_cases_of_the_covered_families_are_found_and_their_clean_cases_stay_quiet()
    {
        var root = RepositoryPaths.CorpusFolder("secrets/secretlint/snapshots");
        int shouldReport = 0, found = 0, shouldNot = 0, flagged = 0;
        var missed = new List<string>();
        var wrong = new List<string>();
        foreach (var family in SecretlintFamilies)
        {
            foreach (var folder in Directory.GetDirectories(Path.Combine(root, "secretlint-rule-" + family)).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(folder);
                if (name.StartsWith("options.", StringComparison.Ordinal) || name.StartsWith("ok.allows", StringComparison.Ordinal)
                    || File.Exists(Path.Combine(folder, ".secretlintrc.json")) || NotSecrets.Contains($"{family}/{name}")
                    || name.Contains("p12", StringComparison.Ordinal) && name.StartsWith("ng.", StringComparison.Ordinal))
                {
                    continue;
                }

                var reports = name.StartsWith("ng.", StringComparison.Ordinal) || (!name.StartsWith("ok.", StringComparison.Ordinal) && RecordedMessages(folder) > 0);
                var any = Inputs(folder).Any(f => SecretCorpus.Scan(folder, f).Count > 0);
                if (reports)
                {
                    shouldReport++;
                    found += any ? 1 : 0;
                    if (!any) missed.Add($"{family}/{name}");
                }
                else
                {
                    shouldNot++;
                    flagged += any ? 1 : 0;
                    if (any) wrong.Add($"{family}/{name}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"secretlint: found {found}/{shouldReport} ({SecretCorpus.Percent(found, shouldReport)}), flagged {flagged}/{shouldNot}; missed: {string.Join(", ", missed)}; flagged: {string.Join(", ", wrong)}");
        Assert.True(found >= SecretlintFoundToday, $"found {found} of {shouldReport}, fewer than {SecretlintFoundToday}; missed: {string.Join(", ", missed)}");
        Assert.True(flagged <= SecretlintFlaggedToday, $"flagged {flagged} of {shouldNot}, more than {SecretlintFlaggedToday}: {string.Join(", ", wrong)}");
        Assert.True(found >= 0.95 * shouldReport, $"recall {SecretCorpus.Percent(found, shouldReport)} under 95%");
        Assert.True(flagged <= 0.02 * shouldNot, $"false positives {SecretCorpus.Percent(flagged, shouldNot)} over 2%");
    }

    [Fact]
    public void Gitleaks_directory_fixtures_are_found()
    {
        var root = RepositoryPaths.CorpusFolder("secrets/gitleaks/testdata/repos");
        var cases = new[] { "nogit/.env.prod", "symlinks/source_file/id_ed25519" };
        var found = cases.Count(c => File.Exists(Path.Combine(root, c)) && SecretCorpus.Scan(root, Path.Combine(root, c)).Count > 0);

        Assert.Equal(cases.Length, found);
    }

    [Fact]
    public void Gitleaks_small_history_gives_its_aws_key_with_the_commit_that_first_added_it()
    {
        var source = RepositoryPaths.CorpusFolder("secrets/gitleaks/testdata/repos/small");
        var work = Directory.CreateTempSubdirectory("rampart-gitleaks-small-").FullName;
        try
        {
            CopyFolder(Path.Combine(source, "dotGit"), Path.Combine(work, ".git"));
            var outcome = Rampart.Scanning.HistorySecretScanner.Run(new Rampart.Scanning.ScanOptions { Artifact = new Rampart.Artifacts.DirectoryArtifact(work) }, staged: false, since: null, TestContext.Current.CancellationToken);

            // gitleaks expects main.go:20 in 1b6da43 from HEAD (foo/foo.go is on a branch HEAD does not reach) and
            // silences the copies 53cd7a3 adds under api/ with its own ignore file; here they are the same secret, one finding.
            var finding = Assert.Single(outcome.Report!.Findings, f => f.Category == Rampart.Findings.Category.Secret);
            Assert.Equal("RMP-SECRET-001", finding.RuleId);
            Assert.Equal(("main.go", 20), (finding.Location.Path, finding.Location.Line));
            Assert.StartsWith("1b6da43b82b22e4eaa10bcf8ee591e91abbfc587", finding.Commit!.Id, StringComparison.Ordinal);
            Assert.Equal(2, finding.Commit.Commits);
            Assert.True(finding.Commit.PresentAtHead); // the api/ copies are still in HEAD's tree
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(work, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Detect_secrets_baseline_entries_of_the_covered_types_are_found_at_their_line()
    {
        var root = RepositoryPaths.CorpusFolder("secrets/detect-secrets/test_data");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "baseline.file")));
        string[] covered = ["Secret Keyword", "Private Key", "Basic Auth Credentials", "AWS Access Key", "Slack Token", "Stripe Access Key", "JSON Web Token"];
        int shouldReport = 0, found = 0, cleanLines = 0, flaggedLines = 0;
        foreach (var file in baseline.RootElement.GetProperty("results").EnumerateObject())
        {
            var path = Path.Combine(root, file.Name);
            if (!File.Exists(path))
            {
                continue;
            }

            var listed = file.Value.EnumerateArray().Select(r => (Type: r.GetProperty("type").GetString()!, Line: Moved(file.Name, r.GetProperty("line_number").GetInt32()))).ToList();
            var findings = SecretCorpus.Scan(root, path);
            var lines = findings.Select(f => f.Location.Line).ToHashSet();
            foreach (var entry in listed.Where(e => covered.Contains(e.Type)))
            {
                shouldReport++;
                // detect-secrets puts a private key at its BEGIN line; Rampart at the first line of its body, the next one.
                var keyBody = entry.Type == "Private Key" && findings.Any(f => f.Location.Line == entry.Line + 1 && f.Title.Contains("private key", StringComparison.OrdinalIgnoreCase));
                found += lines.Contains(entry.Line) || keyBody ? 1 : 0;
                lines.Remove(entry.Line + (keyBody ? 1 : 0));
            }

            var text = File.ReadAllLines(path);
            var clean = Enumerable.Range(1, text.Length).Where(n => text[n - 1].Trim().Length > 0 && listed.All(e => e.Line != n)).ToList();
            cleanLines += clean.Count;
            flaggedLines += clean.Count(lines.Contains);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"detect-secrets: found {found}/{shouldReport} ({SecretCorpus.Percent(found, shouldReport)}), flagged {flaggedLines}/{cleanLines} clean lines ({SecretCorpus.Percent(flaggedLines, cleanLines)})");
        Assert.True(found >= DetectSecretsFoundToday, $"found {found} of {shouldReport}");
        Assert.True(flaggedLines <= DetectSecretsFlaggedToday, $"flagged {flaggedLines} of {cleanLines} clean lines");
        Assert.True(found >= 0.95 * shouldReport, $"recall {SecretCorpus.Percent(found, shouldReport)} under 95%");
        Assert.True(flaggedLines <= 0.02 * cleanLines, $"false positives {SecretCorpus.Percent(flaggedLines, cleanLines)} over 2%");
    }

    /// <summary>
    /// Entries whose line moved since the baseline was written (2020): config.yaml lost a line above
    /// <c>low_entropy_binary_secret</c>, which the baseline still puts at 14. Listed in docs/conformance.md.
    /// </summary>
    private static int Moved(string file, int line) => (file, line) switch
    {
        ("config.yaml", 14) => 13,
        _ => line,
    };

    private const int SecretlintFoundToday = 57;
    private const int SecretlintFlaggedToday = 0;
    private const int DetectSecretsFoundToday = 5;
    private const int DetectSecretsFlaggedToday = 1;

    /// <summary>The case's <c>input*</c> files, or every file but the recorded output when it names its input otherwise (<c>.npmrc</c>).</summary>
    private static List<string> Inputs(string folder)
    {
        var files = Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "output.json").ToList();
        var inputs = files.Where(f => Path.GetFileName(f).StartsWith("input", StringComparison.Ordinal)).ToList();
        return inputs.Count > 0 ? inputs : files;
    }

    private static int RecordedMessages(string folder)
    {
        var output = Path.Combine(folder, "output.json");
        if (!File.Exists(output))
        {
            return 0;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        return json.RootElement.TryGetProperty("messages", out var messages) ? messages.GetArrayLength() : 0;
    }
}
