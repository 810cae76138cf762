using Microsoft.Playwright;
using Rampart.Store.Tests.Dashboard;
using Rampart.Testing;

namespace Rampart.Store.BrowserTests;

/// <summary>
/// The dashboard end to end in headless Chromium (Debian's <c>/usr/bin/chromium</c>): log in through the form, walk
/// team page → finding page, log out. Screenshots go to <c>TestResults/screenshots/</c> under the test output folder.
/// Skipped when Chromium is missing, a failure under <c>CI=true</c>.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task Login_team_page_and_finding_page_show_counts_overdue_chart_and_escaped_text()
    {
        Prerequisites.Require(File.Exists(Chromium), $"{Chromium} is missing (apt-get install -y chromium; .ci/run installs it)");
        await using var scenario = await DashboardScenario.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage", "--disable-gpu"],
        });
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        // localhost is a secure context to Chromium, so the Secure (__Host-) cookie is kept over plain HTTP.
        var root = $"http://localhost:{scenario.Host.BaseAddress.Port}";
        await page.GotoAsync($"{root}/dashboard/team?name=payments");
        Assert.StartsWith($"{root}/dashboard/login?return=", page.Url, StringComparison.Ordinal);
        await Shot(page, "1-login");

        await page.GetByLabel("Token").FillAsync(scenario.ReadToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync($"{root}/dashboard/team?name=payments");
        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "__Host-rampart-session");
        Assert.True(cookie.Secure && cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.NotEqual(scenario.ReadToken, cookie.Value);

        Assert.Equal("Team payments", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("4", await page.Locator("#open-total").InnerTextAsync());
        Assert.Equal("1", await page.Locator("#overdue-total").InnerTextAsync());
        Assert.True(await page.Locator("svg#trend").IsVisibleAsync());
        Assert.Equal(5, await page.Locator("svg#trend polyline").CountAsync());
        var planted = page.GetByRole(AriaRole.Link, new() { Name = "Secret in " + DashboardScenario.Planted });
        Assert.Equal(1, await planted.CountAsync());
        await Shot(page, "2-team");

        await planted.ClickAsync();
        await page.WaitForURLAsync($"{root}/dashboard/findings/{scenario.Ids["f1"]}");
        Assert.Equal("Secret in " + DashboardScenario.Planted, await page.Locator("#message").InnerTextAsync());
        Assert.Contains("overdue since 2026-03-08", await page.Locator("#due").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("table tbody tr").CountAsync());
        await Shot(page, "3-finding");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await page.WaitForURLAsync($"{root}/dashboard/login");
        await page.GotoAsync($"{root}/dashboard");
        Assert.StartsWith($"{root}/dashboard/login", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
    }

    private static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }
}
