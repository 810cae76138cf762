using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Rampart.Reporting;

/// <summary>
/// Values that recur on many findings (a rule's title, aliases and remediation, the enum names, the kind of a resource)
/// cleaned and encoded for the JSON writer once, instead of checked, escaped and transcoded on every finding.
/// </summary>
/// <remarks>
/// Keyed by the string instance, so that a lookup never reads the text: the scan hands the same instance to every finding
/// that shares a value. A fixed table of two entries for each hash of an instance, the older of the two giving way to a
/// new value: it stays small whatever the report holds, and its code is our own, precompiled with the rest, where a
/// dictionary of <see cref="JsonEncodedText"/> is a generic type the runtime compiles while the report is written.
/// One cache serves one writer at a time.
/// </remarks>
internal sealed class JsonTextCache
{
    private const int Sets = 512;

    private readonly string?[] keys = new string?[2 * Sets];
    private readonly JsonEncodedText[] texts = new JsonEncodedText[2 * Sets];

    /// <summary><paramref name="value"/> as the report's writer would write it: cleaned of unpaired surrogates and escaped.</summary>
    public JsonEncodedText Of(string value)
    {
        var first = 2 * (RuntimeHelpers.GetHashCode(value) & (Sets - 1));
        if (ReferenceEquals(keys[first], value))
        {
            return texts[first];
        }

        if (ReferenceEquals(keys[first + 1], value))
        {
            return texts[first + 1];
        }

        var text = JsonEncodedText.Encode(ReportText.WellFormed(value), JsonReportWriter.WriterOptions.Encoder);
        (keys[first + 1], texts[first + 1]) = (keys[first], texts[first]);
        (keys[first], texts[first]) = (value, text);
        return text;
    }
}
