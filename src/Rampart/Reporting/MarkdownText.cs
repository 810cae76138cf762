using System.Text;

namespace Rampart.Reporting;

/// <summary>
/// Makes untrusted text safe inside GitHub-flavoured Markdown: it renders as the same characters and cannot
/// open a link, an image, HTML, emphasis, a table cell or math.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Escapes text for inline use, on one line.</summary>
    public static string Escape(string text)
    {
        var clean = ReportText.OneLine(ReportText.WellFormed(text));
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '$' or '!' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Text for a single-backtick code span: backticks become quotes, control characters spaces.</summary>
    public static string Code(string text)
    {
        var clean = ReportText.OneLine(ReportText.WellFormed(text)).Replace('`', '\'');
        return clean.Length == 0 ? " " : clean;
    }

    /// <summary>An absolute link, with the characters that would end a Markdown link target encoded.</summary>
    public static string LinkTarget(string uri) => LinkBase(uri);

    /// <summary>The prefix for file links (<see cref="ReportOptions.SourceLinkBase"/>), made safe inside <c>(…)</c>.</summary>
    public static string LinkBase(string? prefix) =>
        prefix is null
            ? ""
            : ReportText.OneLine(ReportText.WellFormed(prefix))
                .Replace(" ", "%20", StringComparison.Ordinal)
                .Replace("(", "%28", StringComparison.Ordinal)
                .Replace(")", "%29", StringComparison.Ordinal)
                .Replace("<", "%3C", StringComparison.Ordinal)
                .Replace(">", "%3E", StringComparison.Ordinal);
}
