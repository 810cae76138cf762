using System.Net;
using Rampart.Cli;
using Rampart.Cli.Output;
using Rampart.Store.Queries;
using Rampart.Store.Tests.Support;
using Rampart.Testing;

namespace Rampart.Store.Tests;

/// <summary><c>rampart scan --upload</c>, <c>rampart db migrate</c> and <c>rampart token create</c>, run as the CLI runs them.</summary>
public sealed class StoreCommandTests
{
    private const string Privileged = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n";

    private static async Task<(int Code, string Out, string Error)> Rampart(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Task.Run(() => Program.Run(args, new CliConsole(output, error, false, false, new Dictionary<string, string?>())), TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Scan_upload_stores_the_findings_and_keeps_the_gate_exit_code()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var token = await host.Store.Tokens.CreateAsync("platform", Auth.TokenScope.Upload, TestContext.Current.CancellationToken);
        using var repo = new RepositoryBuilder().File("deploy/pod.yaml", Privileged).Build();

        var (code, _, error) = await Rampart("scan", repo.Root, "--no-progress", "--upload", host.BaseAddress.ToString(), "--token", token,
            "--repository", "acme/deploy", "--branch", "main", "--commit", "abc123");

        Assert.Equal(ExitCodes.GateFailed, code);
        Assert.Contains("uploaded", error, StringComparison.Ordinal);
        var stored = (await host.Store.Queries.FindingsAsync(new FindingFilter { Repository = "acme/deploy", Branch = "main" }, TestContext.Current.CancellationToken)).Items;
        Assert.Contains(stored, f => f.Path == "deploy/pod.yaml" && f.Message.Contains("privileged", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_refused_upload_exits_3_with_the_servers_reason()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        using var repo = new RepositoryBuilder().File("deploy/pod.yaml", Privileged).Build();

        var (code, _, error) = await Rampart("scan", repo.Root, "--no-progress", "--upload", host.BaseAddress.ToString(), "--token", "rmp_wrong",
            "--repository", "acme/deploy", "--branch", "main");
        var (noToken, _, noTokenError) = await Rampart("scan", repo.Root, "--no-progress", "--upload", host.BaseAddress.ToString(), "--repository", "r", "--branch", "b");

        Assert.Equal(ExitCodes.Internal, code);
        Assert.Contains($"{(int)HttpStatusCode.Unauthorized}", error, StringComparison.Ordinal);
        Assert.Contains("a valid Bearer token is required", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, noToken);
        Assert.Contains("RAMPART_TOKEN", noTokenError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_migrate_applies_the_schema_once_then_reports_up_to_date()
    {
        var dir = Directory.CreateTempSubdirectory("rampart-migrate-").FullName;
        try
        {
            var first = await Rampart("db", "migrate", "--data-dir", dir);
            var second = await Rampart("db", "migrate", "--data-dir", dir);

            Assert.Equal((0, true), (first.Code, first.Out.Contains("applied 0001_initial", StringComparison.Ordinal)));
            Assert.Equal((0, true), (second.Code, second.Out.Contains("up to date", StringComparison.Ordinal)));
            Assert.True(File.Exists(Path.Combine(dir, StoreDatabase.FileName)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Token_create_prints_a_token_the_api_accepts_for_its_scope()
    {
        await using var host = await ApiHost.StartAsync("sqlite");

        var (code, output, _) = await Rampart("token", "create", "--team", "Payments", "--scope", "read", "--database", host.Database.File!);
        var (badScope, _, _) = await Rampart("token", "create", "--team", "payments", "--scope", "admin", "--database", host.Database.File!);
        using var teams = await host.SendAsync(HttpMethod.Get, "/api/v1/teams", output.Trim());
        using var upload = await host.SendAsync(HttpMethod.Post, "/api/v1/scans?repository=r&branch=b", output.Trim(), new ReportJson().Bytes());

        Assert.Equal(0, code);
        Assert.Equal(2, badScope);
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
    }
}
