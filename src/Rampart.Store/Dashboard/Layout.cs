using System.Text;

namespace Rampart.Store.Dashboard;

/// <summary>The page around every dashboard view: language, title, stylesheet, navigation, and logout for a session.</summary>
internal static class Layout
{
    public static string Page(string title, bool session, Action<StringBuilder> body)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · Rampart</title>")
            .Append("<link rel=\"stylesheet\" href=\"/dashboard/style.css\"></head><body>")
            .Append("<header><nav aria-label=\"Dashboard\"><a href=\"/dashboard\">Overview</a></nav>");
        if (session)
        {
            html.Append("<form method=\"post\" action=\"/dashboard/logout\"><button type=\"submit\">Log out</button></form>");
        }

        html.Append("</header><main>");
        body(html);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A page that says why something is not shown (403, 404).</summary>
    public static string Message(string title, string text, bool session) =>
        Page(title, session, html => html.Append("<h1>").Append(Html.E(title)).Append("</h1><p>").Append(Html.E(text)).Append("</p>"));
}
