using System.Text;

namespace Rampart.Reporting;

/// <summary>
/// Makes untrusted text safe inside GitHub-flavoured Markdown: it renders as the same characters and cannot
/// open a link, an image, HTML, emphasis, a table cell or math.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// Put after an <c>@</c> that would start a mention: a zero-width space, so that <c>@org/everyone</c> in a
    /// resource's name or message renders as written but notifies nobody.
    /// </summary>
    public const string MentionBreak = "&#8203;";

    /// <summary>Escapes text for inline use, on one line, with <c>@mentions</c> neutralised (<see cref="MentionBreak"/>).</summary>
    public static string Escape(string text)
    {
        var clean = ReportText.OneLine(ReportText.WellFormed(text));
        var builder = new StringBuilder(clean.Length + 8);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '$' or '!' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
            if (StartsMention(clean, i))
            {
                builder.Append(MentionBreak);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An <c>@</c> followed by a letter or digit and not preceded by one: GitHub and GitLab read that as a
    /// mention of a user or team (an e-mail address such as <c>dev@example.com</c> is not one).
    /// </summary>
    private static bool StartsMention(string text, int i) =>
        text[i] == '@'
        && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])
        && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]));

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
