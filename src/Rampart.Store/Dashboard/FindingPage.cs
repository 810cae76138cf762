using Rampart.Store.Queries;
using static Rampart.Store.Dashboard.Html;

namespace Rampart.Store.Dashboard;

/// <summary>One finding: what, where (linked), owners, SLA, and its status history.</summary>
internal static class FindingPage
{
    public static string Render(FindingDetail detail, string? commit, string? linkTemplate, bool session)
    {
        var f = detail.Finding;
        return Layout.Page($"Finding {f.Id}", session, html =>
        {
            html.Append("<h1>").Append(E(f.Title)).Append("</h1>")
                .Append("<p id=\"message\">").Append(E(f.Message)).Append("</p><dl>")
                .Append("<dt>Severity</dt><dd>").Append(Severity(f.Severity)).Append("</dd>")
                .Append("<dt>Status</dt><dd id=\"status\">").Append(E(f.Status)).Append(f.StatusReason is { } r ? " (" + E(r) + ")" : "").Append("</dd>")
                .Append("<dt>Rule</dt><dd>").Append(E(f.RuleId)).Append(" · ").Append(E(f.Category)).Append("</dd>")
                .Append("<dt>Location</dt><dd>").Append(TeamPage.Location(linkTemplate, f.Repository, f.Branch, commit, f.Path, f.Line)).Append("</dd>")
                .Append("<dt>Owners</dt><dd>");
            for (var i = 0; i < f.Owners.Count; i++)
            {
                html.Append(i == 0 ? "" : ", ").Append("<a href=\"").Append(E(TeamHref(f.Owners[i]))).Append("\">").Append(E(f.Owners[i])).Append("</a>");
            }

            html.Append(f.Owners.Count == 0 ? "<span class=\"muted\">none</span>" : "").Append("</dd>")
                .Append("<dt>First seen</dt><dd>").Append(Date(f.FirstSeen)).Append("</dd>")
                .Append("<dt>Last seen</dt><dd>").Append(Date(f.LastSeen)).Append("</dd>")
                .Append("<dt>Due</dt><dd id=\"due\">").Append(TeamPage.Due(f.SlaDue?.ToUnixTimeMilliseconds(), f.Overdue)).Append("</dd>")
                .Append("<dt>Fingerprint</dt><dd><code>").Append(E(f.Fingerprint)).Append("</code></dd></dl>");
            html.Append("<h2>History</h2>");
            Table(html, "Status changes, oldest first", ["when", "from", "to", "scan"], detail.History.Select(h => (IReadOnlyList<string>)[
                Date(h.At), h.From is null ? "<span class=\"muted\">first seen</span>" : E(h.From), E(h.To),
                h.ScanId is { } s ? N(s) : "",
            ]));
        });
    }
}
