using System.Net;
using Rampart.Store.Auth;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

/// <summary>Every endpoint refuses a request without a valid token (401) and a token of the wrong scope (403).</summary>
public sealed class ApiAuthTests
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "POST", "/api/v1/scans?repository=r&branch=main", "upload" },
        { "GET", "/api/v1/findings", "read" },
        { "GET", "/api/v1/findings/1", "read" },
        { "GET", "/api/v1/teams", "read" },
        { "GET", "/api/v1/trends", "read" },
        { "GET", "/api/v1/openapi.json", "any" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_without_a_token_or_with_an_unknown_one_is_401(string method, string path, string scope)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var body = method == "POST" ? new ReportJson().Finding("a").Bytes() : null;

        using var none = await host.SendAsync(new HttpMethod(method), path, null, body);
        using var unknown = await host.SendAsync(new HttpMethod(method), path, "rmp_not-a-token", body);
        using var admin = await host.SendAsync(new HttpMethod(method), path, ApiHost.AdminToken, body);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.True(admin.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NotFound, $"{scope}: admin got {admin.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_with_a_token_of_the_other_scope_is_403_and_of_its_scope_is_served(string method, string path, string scope)
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var read = await host.Store.Tokens.CreateAsync("payments", TokenScope.Read, TestContext.Current.CancellationToken);
        var upload = await host.Store.Tokens.CreateAsync("payments", TokenScope.Upload, TestContext.Current.CancellationToken);
        var body = method == "POST" ? new ReportJson().Finding("a", owners: ["payments"]).Bytes() : null;

        using var wrong = await host.SendAsync(new HttpMethod(method), path, scope == "upload" ? read : upload, body);
        using var right = await host.SendAsync(new HttpMethod(method), path, scope == "upload" ? upload : read, body);

        Assert.Equal(scope == "any" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, wrong.StatusCode);
        // Finding 1 exists only after an upload; for a read token on an empty store it is not its team's: 403 too.
        var expected = path == "/api/v1/findings/1" ? HttpStatusCode.Forbidden : method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK;
        Assert.Equal(expected, right.StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_their_sha256()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var token = await host.Store.Tokens.CreateAsync("payments", TokenScope.Read, TestContext.Current.CancellationToken);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(host.Database.File!, TestContext.Current.CancellationToken);
        var wal = File.Exists(host.Database.File + "-wal") ? await File.ReadAllBytesAsync(host.Database.File + "-wal", TestContext.Current.CancellationToken) : [];
        var text = System.Text.Encoding.Latin1.GetString([.. bytes, .. wal]);

        Assert.StartsWith("rmp_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))), text, StringComparison.Ordinal);
    }
}
