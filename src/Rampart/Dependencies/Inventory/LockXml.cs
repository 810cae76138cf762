using System.Xml;
using System.Xml.Linq;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Loads an XML manifest (MSBuild props, Maven POM) with line information and DTD processing prohibited (no
/// entity expansion, no external resolution). Malformed XML throws <see cref="LockfileFormatException"/> with
/// its line.
/// </summary>
internal static class LockXml
{
    public static XDocument Load(ReadOnlyMemory<byte> content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new LockfileFormatException(e.LineNumber, "invalid XML: " + e.Message);
        }
    }

    public static int Line(XObject node) => ((IXmlLineInfo)node).HasLineInfo() ? ((IXmlLineInfo)node).LineNumber : 1;

    /// <summary>A child element's trimmed text, ignoring namespaces, or null.</summary>
    public static string? Child(XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
}
