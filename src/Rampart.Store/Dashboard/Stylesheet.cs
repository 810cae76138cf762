using System.Text;

namespace Rampart.Store.Dashboard;

/// <summary>The dashboard's CSS, served at <c>/dashboard/style.css</c> (no external fonts or CDN).</summary>
internal static class Stylesheet
{
    public static readonly string Css = Build();

    private static string Build()
    {
        var css = new StringBuilder($$"""
            body { font-family: system-ui, sans-serif; color: {{Palette.Text}}; background: {{Palette.Background}}; margin: 0; line-height: 1.45; }
            header { border-bottom: 1px solid #d0d0d0; padding: .5rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; }
            header form { margin-left: auto; }
            main { padding: 1rem 1.5rem; max-width: 72rem; }
            a { color: {{Palette.Link}}; }
            a:focus, button:focus, input:focus { outline: 3px solid {{Palette.Link}}; outline-offset: 2px; }
            table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border-bottom: 1px solid #d0d0d0; padding: .3rem .7rem; text-align: left; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .muted { color: {{Palette.Muted}}; }
            .overdue { color: {{Palette.Overdue}}; font-weight: 600; }
            .sev { font-weight: 600; white-space: nowrap; }
            .error { color: {{Palette.Overdue}}; font-weight: 600; }
            label { display: block; font-weight: 600; margin-bottom: .25rem; }
            input[type=password] { font: inherit; padding: .3rem; width: 24rem; max-width: 100%; }
            button { font: inherit; padding: .3rem .9rem; }
            svg { max-width: 100%; height: auto; }
            .summary { display: flex; gap: 2rem; }
            dt { font-weight: 600; }
            .figure { font-size: 2rem; font-weight: 700; }
            """);
        foreach (var (severity, colour) in Palette.Severity)
        {
            css.Append(".sev-").Append(severity).Append(" { color: ").Append(colour).Append("; }\n");
        }

        return css.ToString();
    }
}
