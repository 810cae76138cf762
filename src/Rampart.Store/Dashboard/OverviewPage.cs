using Rampart.Store.Queries;
using static Rampart.Store.Dashboard.Html;

namespace Rampart.Store.Dashboard;

/// <summary>The overview across teams: the admin sees every owner with open findings, a team token its own team only.</summary>
internal static class OverviewPage
{
    public static string Render(IReadOnlyList<TeamCounts> teams, string? onlyTeam, bool session) => Layout.Page("Overview", session, html =>
    {
        html.Append("<h1>").Append(onlyTeam is null ? "Open findings across teams" : "Open findings of team " + E(onlyTeam)).Append("</h1>");
        if (teams.Count == 0)
        {
            html.Append("<p>No open findings.</p>");
            if (onlyTeam is not null)
            {
                html.Append("<p><a href=\"").Append(TeamHref(onlyTeam)).Append("\">Team ").Append(E(onlyTeam)).Append("</a></p>");
            }

            return;
        }

        html.Append("<p>").Append(N(teams.Sum(t => t.Open))).Append(" open findings, ")
            .Append("<span class=\"overdue\">").Append(N(teams.Sum(t => t.Overdue))).Append(" overdue</span>")
            .Append(onlyTeam is null ? $" across {N(teams.Count)} teams and owners. A finding with several owners counts for each." : ".").Append("</p>");
        Table(html, "Open findings per team and severity", ["team", .. StoreValues.Severities, "open", "overdue"], teams
            .OrderByDescending(t => t.Overdue).ThenByDescending(t => t.Open).ThenBy(t => t.Team, StringComparer.Ordinal)
            .Select(t => (IReadOnlyList<string>)[
                $"<a href=\"{E(TeamHref(t.Team))}\">{E(t.Team)}</a>",
                .. StoreValues.Severities.Select(s => N(t.OpenBySeverity.GetValueOrDefault(s))),
                N(t.Open),
                t.Overdue > 0 ? $"<span class=\"overdue\">{N(t.Overdue)}</span>" : "0",
            ]));
    });
}
