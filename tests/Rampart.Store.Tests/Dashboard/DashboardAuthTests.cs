using System.Net;
using Dapper;
using Rampart.Store.Auth;

namespace Rampart.Store.Tests.Dashboard;

/// <summary>Every dashboard page needs a read credential (Bearer or the login's session cookie); the login form and its cookie.</summary>
public sealed class DashboardAuthTests
{
    public static TheoryData<string> Pages => new() { "/dashboard", "/dashboard/team?name=payments", "/dashboard/findings/{f1}" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_without_a_credential_redirects_to_the_login_form_and_a_bad_bearer_token_is_401(string page)
    {
        await using var scenario = await DashboardScenario.StartAsync();
        var path = Path(scenario, page);

        using var none = await scenario.GetAsync(path);
        using var unknownCookie = await scenario.GetAsync(path, cookie: "__Host-rampart-session=rmp_made-up");
        using var badBearer = await scenario.GetAsync(path, token: "rmp_not-a-token");

        Assert.Equal(HttpStatusCode.SeeOther, none.StatusCode);
        Assert.Equal("/dashboard/login?return=" + Uri.EscapeDataString(path), none.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, unknownCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badBearer.StatusCode);
        Assert.Equal("Bearer", badBearer.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_is_served_to_a_read_token_the_admin_and_a_session_and_refused_to_an_upload_token(string page)
    {
        await using var scenario = await DashboardScenario.StartAsync();
        var path = Path(scenario, page);
        var cookie = await scenario.LoginAsync(scenario.ReadToken);

        using var read = await scenario.GetAsync(path, token: scenario.ReadToken);
        using var admin = await scenario.GetAsync(path, token: Support.ApiHost.AdminToken);
        using var session = await scenario.GetAsync(path, cookie: cookie);
        using var upload = await scenario.GetAsync(path, token: scenario.UploadToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Contains("action=\"/dashboard/logout\"", await session.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal("text/html", read.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", read.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Support.TestDatabase.Engines), MemberType = typeof(Support.TestDatabase))]
    public async Task Login_sets_a_secure_httponly_strict_cookie_holding_an_opaque_session_not_the_token(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);

        using var response = await scenario.PostFormAsync("/dashboard/login",
            new Dictionary<string, string> { ["token"] = scenario.ReadToken, ["return"] = "/dashboard/team?name=payments" }, scenario.Origin);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard/team?name=payments", response.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        var (name, value) = (setCookie.Split(';')[0].Split('=', 2)[0], setCookie.Split(';')[0].Split('=', 2)[1]);
        Assert.Equal("__Host-rampart-session", name);
        Assert.NotEqual(scenario.ReadToken, value);
        Assert.DoesNotContain(scenario.ReadToken, setCookie, StringComparison.Ordinal);

        await using var connection = await scenario.Host.Store.Dialect.OpenAsync(TestContext.Current.CancellationToken);
        var stored = (await connection.QueryAsync<(string Hash, string TokenHash)>("SELECT hash, token_hash FROM dashboard_sessions")).Single();
        Assert.Equal(TokenHash.Of(value), stored.Hash);
        Assert.Equal(TokenHash.Of(scenario.ReadToken), stored.TokenHash);
    }

    [Fact]
    public async Task Login_with_a_bad_token_is_401_and_with_an_upload_token_403_without_a_cookie()
    {
        await using var scenario = await DashboardScenario.StartAsync();

        using var bad = await scenario.PostFormAsync("/dashboard/login", new Dictionary<string, string> { ["token"] = "rmp_wrong" }, scenario.Origin);
        using var upload = await scenario.PostFormAsync("/dashboard/login", new Dictionary<string, string> { ["token"] = scenario.UploadToken }, scenario.Origin);

        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Contains("That token is not valid.", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(bad.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.False(upload.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Login_and_logout_posts_from_another_origin_or_none_are_refused(string? origin)
    {
        await using var scenario = await DashboardScenario.StartAsync();
        var cookie = await scenario.LoginAsync(scenario.ReadToken);

        using var login = await scenario.PostFormAsync("/dashboard/login", new Dictionary<string, string> { ["token"] = scenario.ReadToken }, origin);
        using var logout = await scenario.PostFormAsync("/dashboard/logout", new Dictionary<string, string>(), origin, cookie);
        using var after = await scenario.GetAsync("/dashboard", cookie: cookie);

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.False(login.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Forbidden, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_on_the_server_and_clears_the_cookie()
    {
        await using var scenario = await DashboardScenario.StartAsync();
        var cookie = await scenario.LoginAsync(scenario.ReadToken);

        using var logout = await scenario.PostFormAsync("/dashboard/logout", new Dictionary<string, string>(), scenario.Origin, cookie);
        using var after = await scenario.GetAsync("/dashboard", cookie: cookie);

        Assert.Equal(HttpStatusCode.SeeOther, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-rampart-session=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);
    }

    [Fact]
    public async Task Session_expires_after_its_lifetime()
    {
        await using var scenario = await DashboardScenario.StartAsync();
        var cookie = await scenario.LoginAsync(Support.ApiHost.AdminToken);

        using var before = await scenario.GetAsync("/dashboard", cookie: cookie);
        scenario.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        using var after = await scenario.GetAsync("/dashboard", cookie: cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/team?name=x", "/dashboard/team?name=x")]
    [InlineData("https://evil.example/dashboard", "/dashboard")]
    [InlineData("//evil.example/dashboard", "/dashboard")]
    [InlineData("/dashboard/login", "/dashboard")]
    [InlineData("", "/dashboard")]
    public void Login_returns_only_to_a_page_of_the_dashboard(string asked, string expected) =>
        Assert.Equal(expected, Store.Dashboard.DashboardLogin.ReturnTo(asked));

    private static string Path(DashboardScenario scenario, string page) =>
        page.Replace("{f1}", scenario.Ids["f1"].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
