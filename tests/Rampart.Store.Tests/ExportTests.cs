using System.Text;
using System.Text.Json.Nodes;
using Rampart.Cli;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Store.Ingest;
using Rampart.Store.Tests.Support;
using Rampart.Testing;

namespace Rampart.Store.Tests;

/// <summary><c>rampart export ecs</c> against a stand-in <c>_bulk</c> endpoint, and <c>rampart export defectdojo</c>.</summary>
public sealed class ExportTests
{
    // Made for this test in GitHub's token format (random characters and their checksum); never issued.
    private const string Secret = "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";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Out, string Error)> Rampart(Dictionary<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Task.Run(() => Program.Run(args, new CliConsole(output, error, false, false, environment)), Cancel);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A store with three findings of acme/deploy@main (one fixed by the second scan) and one of acme/api@main.</summary>
    private static async Task<TestDatabase> Filled()
    {
        var db = await TestDatabase.CreateAsync("sqlite");
        await using var store = await db.OpenAsync();
        var main = new ScanTarget("acme/deploy", "main", null);
        await store.IngestAsync(main, new ReportJson().Finding("a", "critical").Finding("b", "low").Finding("gone", "medium").Read(), Cancel);
        await store.IngestAsync(main, new ReportJson().Finding("a", "critical").Finding("b", "low").StartedAt("2").Read(), Cancel);
        await store.IngestAsync(new ScanTarget("acme/api", "main", null),
            new ReportJson().Finding("cve", "high", category: "vulnerability", ruleId: "CVE-2024-12345", message: "lodash 4.17.20 has CVE-2024-12345").Read(), Cancel);
        return db;
    }

    [Fact]
    public async Task Ecs_export_sends_ndjson_bulk_requests_an_action_line_and_a_document_per_finding()
    {
        await using var db = await Filled();
        await using var server = await BulkServer.StartAsync();

        var (code, _, error) = await Rampart(new() { ["RAMPART_ELASTIC_USERNAME"] = "elastic", ["RAMPART_ELASTIC_PASSWORD"] = "changeme" },
            "export", "ecs", "--url", server.Url.ToString(), "--index", "security-findings", "--database", db.File!);

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("4 of 4 finding(s) indexed into security-findings", error, StringComparison.Ordinal);
        var (contentType, authorization, body) = Assert.Single(server.Requests);
        Assert.Equal("application/x-ndjson", contentType);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:changeme")), authorization);
        Assert.EndsWith("\n", body, StringComparison.Ordinal);
        var lines = body[..^1].Split('\n');
        Assert.Equal(8, lines.Length);
        var documents = new List<JsonNode>();
        for (var i = 0; i < lines.Length; i += 2)
        {
            var action = JsonNode.Parse(lines[i])!.AsObject();
            Assert.Equal("index", Assert.Single(action).Key);
            Assert.Equal("security-findings", action["index"]!["_index"]!.GetValue<string>());
            Assert.Equal(40, action["index"]!["_id"]!.GetValue<string>().Length);
            Assert.DoesNotContain('\n', lines[i + 1]);
            documents.Add(JsonNode.Parse(lines[i + 1])!);
        }

        var critical = documents.Single(d => d["rampart"]!["fingerprint"]!.GetValue<string>() == "a");
        Assert.Equal("8.11.0", critical["ecs"]!["version"]!.GetValue<string>());
        Assert.Equal(("state", "configuration", "failure"), (critical["event"]!["kind"]!.GetValue<string>(), critical["event"]!["category"]![0]!.GetValue<string>(), critical["event"]!["outcome"]!.GetValue<string>()));
        Assert.Equal(("RMP-PSS-003", "Privileged container"), (critical["rule"]!["id"]!.GetValue<string>(), critical["rule"]!["name"]!.GetValue<string>()));
        Assert.Equal("critical", critical["vulnerability"]!["severity"]!.GetValue<string>());
        Assert.Equal("deploy/web.yaml", critical["file"]!["path"]!.GetValue<string>());
        Assert.Equal(24, critical["rampart"]!["line"]!.GetValue<int>());
        Assert.Equal(("acme/deploy", "main"), (critical["labels"]!["repository"]!.GetValue<string>(), critical["labels"]!["branch"]!.GetValue<string>()));
        Assert.True(DateTimeOffset.TryParse(critical["@timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var gone = documents.Single(d => d["rampart"]!["fingerprint"]!.GetValue<string>() == "gone");
        Assert.Equal(("success", "fixed"), (gone["event"]!["outcome"]!.GetValue<string>(), gone["rampart"]!["status"]!.GetValue<string>()));
        var cve = documents.Single(d => d["rampart"]!["fingerprint"]!.GetValue<string>() == "cve");
        Assert.Equal(("vulnerability", "CVE-2024-12345", "CVE"), (cve["event"]!["category"]![0]!.GetValue<string>(), cve["vulnerability"]!["id"]!.GetValue<string>(), cve["vulnerability"]!["enumeration"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ecs_export_splits_batches_by_size_filters_and_sends_the_api_key()
    {
        await using var db = await Filled();
        await using var server = await BulkServer.StartAsync();

        var (code, _, error) = await Rampart([], "export", "ecs", "--url", server.Url.ToString(), "--batch-bytes", "1024", "--api-key", "a2V5OnNlY3JldA==",
            "--repository", "acme/deploy", "--database", db.File!);

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Contains("3 of 3 finding(s) indexed into rampart-findings", error, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("ApiKey a2V5OnNlY3JldA==", r.Authorization));
        Assert.All(server.Requests, r => Assert.Equal(2, r.Body.Count(c => c == '\n')));
    }

    [Fact]
    public async Task Documents_the_endpoint_refuses_are_reported_and_exit_3()
    {
        await using var db = await Filled();
        await using var server = await BulkServer.StartAsync(refuse: d => d["vulnerability"]!["severity"]!.GetValue<string>() == "low");

        var (code, _, error) = await Rampart([], "export", "ecs", "--url", server.Url.ToString(), "--database", db.File!);

        Assert.Equal(ExitCodes.Internal, code);
        Assert.Contains("HTTP 400 mapper_parsing_exception: failed to parse field [rampart.line]", error, StringComparison.Ordinal);
        Assert.Contains("3 of 4 finding(s) indexed", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url", "ftp://example.com", "is not an http or https URL")]
    [InlineData("--severity", "urgent", "--severity: 'urgent' is not one of")]
    [InlineData("--index", "Findings", "--index: 'Findings' is not an index name")]
    public async Task Wrong_options_exit_2(string option, string value, string message)
    {
        await using var db = await Filled();
        var args = new List<string> { "export", "ecs", "--database", db.File!, option, value };
        if (option != "--url")
        {
            args.AddRange(["--url", "http://127.0.0.1:9"]);
        }

        var (code, _, error) = await Rampart([], [.. args]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defectdojo_export_writes_generic_findings_with_their_fields()
    {
        await using var db = await Filled();
        var file = Path.Combine(Path.GetDirectoryName(db.File!)!, "dojo.json");

        var (code, _, _) = await Rampart([], "export", "defectdojo", "--output", file, "--database", db.File!);

        Assert.Equal(ExitCodes.Clean, code);
        var findings = JsonNode.Parse(await File.ReadAllTextAsync(file, Cancel))!["findings"]!.AsArray();
        Assert.Equal(4, findings.Count);
        var critical = findings.Single(f => f!["unique_id_from_tool"]!.GetValue<string>() == "acme/deploy@main:a")!;
        Assert.Equal("RMP-PSS-003: Privileged container", critical["title"]!.GetValue<string>());
        Assert.Equal("Critical", critical["severity"]!.GetValue<string>());
        Assert.StartsWith("Container \"app\" runs privileged", critical["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("deploy/web.yaml", 24), (critical["file_path"]!.GetValue<string>(), critical["line"]!.GetValue<int>()));
        Assert.Equal("RMP-PSS-003", critical["vuln_id_from_tool"]!.GetValue<string>());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", critical["date"]!.GetValue<string>());
        Assert.Equal((true, false, false), (critical["active"]!.GetValue<bool>(), critical["verified"]!.GetValue<bool>(), critical["is_mitigated"]!.GetValue<bool>()));
        Assert.Null(critical["cve"]);
        var gone = findings.Single(f => f!["unique_id_from_tool"]!.GetValue<string>() == "acme/deploy@main:gone")!;
        Assert.Equal(("Medium", false, true), (gone["severity"]!.GetValue<string>(), gone["active"]!.GetValue<bool>(), gone["is_mitigated"]!.GetValue<bool>()));
        Assert.NotNull(gone["mitigated"]);
        Assert.Equal("Low", findings.Single(f => f!["unique_id_from_tool"]!.GetValue<string>() == "acme/deploy@main:b")!["severity"]!.GetValue<string>());
        var cve = findings.Single(f => f!["unique_id_from_tool"]!.GetValue<string>() == "acme/api@main:cve")!;
        Assert.Equal(("High", "CVE-2024-12345"), (cve["severity"]!.GetValue<string>(), cve["cve"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_store_can_be_named_by_a_file_holding_the_database()
    {
        await using var db = await Filled();
        var folder = Path.GetDirectoryName(db.File!)!;
        var named = Path.Combine(folder, "database");
        await File.WriteAllTextAsync(named, db.File + "\n", Cancel);

        var (code, output, _) = await Rampart([], "export", "defectdojo", "--output", "-", "--database-file", named);
        var (missing, _, error) = await Rampart([], "export", "defectdojo", "--output", "-", "--database-file", Path.Combine(folder, "absent"));

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Equal(4, JsonNode.Parse(output)!["findings"]!.AsArray().Count);
        Assert.Equal(ExitCodes.Usage, missing);
        Assert.Contains("cannot read the database file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_planted_in_a_scanned_file_stays_redacted_in_both_exports()
    {
        using var repo = new RepositoryBuilder().File("config/settings.env", $"GITHUB_TOKEN={Secret}\n").Build();
        var outcome = await Scanner.RunAsync(new ScanOptions { Artifact = new Artifacts.DirectoryArtifact(repo.Root), Config = RampartConfig.Default }, Cancel);
        using var text = new StringWriter();
        new JsonReportWriter().Write(outcome.Report!, text, new ReportOptions());
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using (var store = await db.OpenAsync())
        {
            await store.IngestAsync(new ScanTarget("acme/deploy", "main", null), ReportReader.Read(Encoding.UTF8.GetBytes(text.ToString())).Report!, Cancel);
        }

        await using var server = await BulkServer.StartAsync();
        var file = Path.Combine(Path.GetDirectoryName(db.File!)!, "dojo.json");
        var (ecs, _, _) = await Rampart([], "export", "ecs", "--url", server.Url.ToString(), "--category", "secret", "--database", db.File!);
        var (dojo, _, _) = await Rampart([], "export", "defectdojo", "--output", file, "--category", "secret", "--database", db.File!);

        Assert.Equal((ExitCodes.Clean, ExitCodes.Clean), (ecs, dojo));
        var bulk = Assert.Single(server.Requests).Body;
        var written = await File.ReadAllTextAsync(file, Cancel);
        Assert.Contains("settings.env", bulk, StringComparison.Ordinal);
        Assert.Contains("settings.env", written, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret[4..20], bulk, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret[4..20], written, StringComparison.Ordinal);
    }
}
