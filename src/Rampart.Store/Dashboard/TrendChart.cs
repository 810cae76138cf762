using System.Globalization;
using System.Text;
using Rampart.Store.Queries;

namespace Rampart.Store.Dashboard;

/// <summary>
/// Open findings per day and severity as an inline SVG line chart: one line per severity, each with its own colour
/// and dash pattern, a legend in words, a title and description for screen readers, and the numbers as a table.
/// </summary>
internal static class TrendChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 120;
    private const int Top = 16;
    private const int Bottom = 36;

    public static void Render(StringBuilder html, IReadOnlyList<TrendPoint> points)
    {
        var max = Math.Max(1, points.SelectMany(p => p.OpenBySeverity.Values).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        string X(int i) => F(Left + (points.Count <= 1 ? 0 : i * plotWidth / (double)(points.Count - 1)));
        string Y(int v) => F(Top + plotHeight - (v * plotHeight / (double)max));

        var first = points.Count > 0 ? points[0].Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var last = points.Count > 0 ? points[^1].Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        html.Append("<figure><svg id=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" ")
            .Append($"viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">")
            .Append("<title id=\"trend-title\">Open findings per day by severity</title>")
            .Append("<desc id=\"trend-desc\">From ").Append(first).Append(" to ").Append(last).Append(", at most ").Append(Html.N(max))
            .Append(" open findings of one severity on a day. The table below gives every value.</desc>");
        html.Append($"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\" stroke=\"{Palette.Muted}\"/>")
            .Append($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotHeight}\" stroke=\"{Palette.Muted}\"/>")
            .Append($"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Palette.Text}\">{Html.N(max)}</text>")
            .Append($"<text x=\"{Left - 6}\" y=\"{Top + plotHeight + 4}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Palette.Text}\">0</text>")
            .Append($"<text x=\"{Left}\" y=\"{Height - 10}\" font-size=\"12\" fill=\"{Palette.Text}\">{first}</text>")
            .Append($"<text x=\"{Left + plotWidth}\" y=\"{Height - 10}\" text-anchor=\"end\" font-size=\"12\" fill=\"{Palette.Text}\">{last}</text>");
        var legendY = Top + 8;
        foreach (var severity in StoreValues.Severities)
        {
            var colour = Palette.Severity[severity];
            var dash = Palette.Dash[severity] is { Length: > 0 } d ? $" stroke-dasharray=\"{d}\"" : "";
            html.Append($"<polyline class=\"trend-line\" data-severity=\"{severity}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash} points=\"");
            for (var i = 0; i < points.Count; i++)
            {
                html.Append(i == 0 ? "" : " ").Append(X(i)).Append(',').Append(Y(points[i].OpenBySeverity.GetValueOrDefault(severity)));
            }

            html.Append("\"/>")
                .Append($"<line x1=\"{Width - Right + 12}\" y1=\"{legendY}\" x2=\"{Width - Right + 40}\" y2=\"{legendY}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>")
                .Append($"<text x=\"{Width - Right + 46}\" y=\"{legendY + 4}\" font-size=\"12\" fill=\"{colour}\">{severity}</text>");
            legendY += 20;
        }

        html.Append("</svg><figcaption>Open findings per day (UTC), by severity</figcaption></figure>");
        html.Append("<details><summary>Trend as a table</summary>");
        Html.Table(html, "Open findings at the end of each day", ["day", .. StoreValues.Severities],
            points.Select(p => (IReadOnlyList<string>)[p.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                .. StoreValues.Severities.Select(s => Html.N(p.OpenBySeverity.GetValueOrDefault(s)))]));
        html.Append("</details>");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
