using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Rampart.Store.Dashboard;

/// <summary>Text into HTML: every value from the store passes through <see cref="E"/> (elements and attributes alike).</summary>
internal static class Html
{
    /// <summary>HTML-encodes <paramref name="text"/> (<c>&lt; &gt; &amp; " '</c> and more).</summary>
    public static string E(string? text) => text is null ? "" : HtmlEncoder.Default.Encode(text);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(long unixMs) => Date(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));

    /// <summary>A severity as a word with its mark: the colour only repeats what the text says.</summary>
    public static string Severity(string severity) =>
        $"<span class=\"sev sev-{E(severity)}\"><span aria-hidden=\"true\">{Palette.Mark(severity)} </span>{E(severity)}</span>";

    public static string TeamHref(string team) => "/dashboard/team?name=" + Uri.EscapeDataString(team);

    public static string FindingHref(long id) => "/dashboard/findings/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table with a caption and column headers; <paramref name="rows"/> are already-encoded cells.</summary>
    public static void Table(StringBuilder html, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table><caption>").Append(E(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(row[i]).Append(i == 0 ? "</th>" : "</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }
}
