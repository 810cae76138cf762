using System.Diagnostics.CodeAnalysis;

namespace Rampart.Reporting;

/// <summary>One requested output: a writer and the file it goes to (<c>--output FORMAT=PATH</c>).</summary>
public sealed record ReportOutput(IReportWriter Writer, string Path)
{
    /// <summary>
    /// Reads <c>FORMAT=PATH</c>. On failure <paramref name="error"/> says what is wrong, in words fit for a
    /// usage error.
    /// </summary>
    public static bool TryParse(string text, ReportFormats formats, [NotNullWhen(true)] out ReportOutput? output, [NotNullWhen(false)] out string? error)
    {
        output = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            error = $"--output expects FORMAT=PATH, got '{text}'";
            return false;
        }

        var format = text[..equals];
        if (!formats.TryGet(format, out var writer))
        {
            error = formats.UnknownFormatMessage(format);
            return false;
        }

        output = new ReportOutput(writer, text[(equals + 1)..]);
        error = null;
        return true;
    }
}
