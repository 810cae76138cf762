using System.Text;
using static Rampart.Store.Dashboard.Html;

namespace Rampart.Store.Dashboard;

/// <summary>A team's page: open and overdue findings per severity, the trend chart, top rules, the newest open findings.</summary>
internal static class TeamPage
{
    public static string Render(TeamDashboard team, string? linkTemplate, long now, bool session) => Layout.Page($"Team {team.Team}", session, html =>
    {
        html.Append("<h1>Team ").Append(E(team.Team)).Append("</h1>")
            .Append("<div class=\"summary\"><p><span class=\"figure\" id=\"open-total\">").Append(N(team.Open)).Append("</span> open findings</p>")
            .Append("<p><span class=\"figure overdue\" id=\"overdue-total\">").Append(N(team.Overdue)).Append("</span> overdue against the SLA</p></div>");

        html.Append("<h2>Open findings by severity</h2>");
        Table(html, "Open and overdue findings by severity", ["severity", "open", "overdue"], team.Severities.Select(s =>
            (IReadOnlyList<string>)[Severity(s.Severity), N(s.Open), s.Overdue > 0 ? $"<span class=\"overdue\">{N(s.Overdue)}</span>" : "0"]));

        html.Append("<h2>Trend</h2>");
        TrendChart.Render(html, team.Trend);

        html.Append("<h2>Top rules</h2>");
        if (team.TopRules.Count == 0)
        {
            html.Append("<p>No open findings.</p>");
        }
        else
        {
            Table(html, $"The {team.TopRules.Count} rules with the most open findings", ["rule", "open"],
                team.TopRules.Select(r => (IReadOnlyList<string>)[E(r.RuleId), N(r.Open)]));
        }

        html.Append("<h2>Newest open findings</h2>");
        if (team.Newest.Count == 0)
        {
            html.Append("<p>No open findings.</p>");
            return;
        }

        Table(html, $"The {team.Newest.Count} most recently found open findings", ["finding", "severity", "rule", "location", "first seen", "due"],
            team.Newest.Select(f => (IReadOnlyList<string>)[
                $"<a href=\"{FindingHref(f.Id)}\">{E(f.Message)}</a>",
                Severity(f.Severity),
                E(f.Rule_id),
                Location(linkTemplate, f.Repository, f.Branch, f.Commit_sha, f.Path, f.Line),
                Date(f.First_seen),
                Due(f.Sla_due, f.OverdueAt(now)),
            ]));
    });

    /// <summary>Repository, branch and file:line, linked to the repository when a template is set.</summary>
    public static string Location(string? template, string repository, string branch, string? commit, string path, int? line)
    {
        var text = new StringBuilder().Append(E(path)).Append(line is { } l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").ToString();
        var link = RepositoryLink.Of(template, repository, branch, commit, path, line);
        var where = link is null ? text : $"<a href=\"{E(link)}\">{text}</a>";
        return $"{where}<br><span class=\"muted\">{E(repository)} · {E(branch)}</span>";
    }

    public static string Due(long? due, bool overdue) =>
        due is not { } d ? "<span class=\"muted\">no SLA</span>"
        : overdue ? $"<span class=\"overdue\">overdue since {Date(d)}</span>"
        : Date(d);
}
