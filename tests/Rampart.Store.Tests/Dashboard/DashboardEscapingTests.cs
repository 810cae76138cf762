using Rampart.Store.Dashboard;

namespace Rampart.Store.Tests.Dashboard;

/// <summary>Text from uploads (messages, paths, team names) reaches the HTML encoded; the palette is readable.</summary>
public sealed class DashboardEscapingTests
{
    [Fact]
    public async Task Script_planted_in_a_message_a_path_and_a_team_name_comes_out_escaped()
    {
        await using var scenario = await DashboardScenario.StartAsync(linkTemplate: null);
        var admin = Support.ApiHost.AdminToken;

        var team = await DashboardPageTests.Body(await scenario.GetAsync("/dashboard/team?name=payments", token: admin));
        var finding = await DashboardPageTests.Body(await scenario.GetAsync($"/dashboard/findings/{scenario.Ids["f1"]}", token: admin));
        var overview = await DashboardPageTests.Body(await scenario.GetAsync("/dashboard", token: admin));
        var plantedTeam = await DashboardPageTests.Body(await scenario.GetAsync(
            "/dashboard/team?name=" + Uri.EscapeDataString(DashboardScenario.PlantedTeam), token: admin));

        foreach (var html in new[] { team, finding, overview, plantedTeam })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Secret in &lt;script&gt;alert(1)&lt;/script&gt;", team, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;/web.yaml:24", team, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;/web.yaml:24", finding, StringComparison.Ordinal);
        Assert.Contains(">&lt;script&gt;team&lt;/script&gt;</a>", overview, StringComparison.Ordinal);
        Assert.Contains("<h1>Team &lt;script&gt;team&lt;/script&gt;</h1>", plantedTeam, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://git.example.com/{repository}/blob/{commit}/{path}#L{line}", "acme/deploy", "main", "abc", "a b/\"x\".yaml", 7,
        "https://git.example.com/acme/deploy/blob/abc/a%20b/%22x%22.yaml#L7")]
    [InlineData("https://git.example.com/{repository}/blob/{commit}/{path}#L{line}", "acme/deploy", "feature/x", null, "f.yaml", null,
        "https://git.example.com/acme/deploy/blob/feature/x/f.yaml#L1")]
    [InlineData("javascript:alert('{path}')", "r", "b", "c", "p", 1, null)]
    [InlineData(null, "r", "b", "c", "p", 1, null)]
    public void Link_template_placeholders_are_url_encoded_and_only_http_links_are_made(
        string? template, string repository, string branch, string? commit, string path, int? line, string? expected) =>
        Assert.Equal(expected, RepositoryLink.Of(template, repository, branch, commit, path, line));

    [Fact]
    public void Every_text_colour_has_a_contrast_of_at_least_4_5_to_1_against_the_background()
    {
        foreach (var colour in Palette.All)
        {
            var ratio = Contrast(colour, Palette.Background);
            Assert.True(ratio >= 4.5, $"{colour} on {Palette.Background}: {ratio:0.00}:1");
        }
    }

    // WCAG 2.x relative luminance and contrast ratio.
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
