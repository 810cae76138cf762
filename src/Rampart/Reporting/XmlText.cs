using System.Text;
using System.Xml;

namespace Rampart.Reporting;

/// <summary>Text that XML 1.0 can carry: characters it forbids (most control characters) become U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var wellFormed = ReportText.WellFormed(text);
        if (wellFormed.All(IsAllowed))
        {
            return wellFormed;
        }

        var builder = new StringBuilder(wellFormed.Length);
        foreach (var c in wellFormed)
        {
            builder.Append(IsAllowed(c) ? c : '\uFFFD');
        }

        return builder.ToString();
    }

    private static bool IsAllowed(char c) => char.IsSurrogate(c) || XmlConvert.IsXmlChar(c);
}
