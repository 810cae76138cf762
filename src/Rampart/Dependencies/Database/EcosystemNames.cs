using System.Text;

namespace Rampart.Dependencies.Database;

/// <summary>
/// The ecosystem names met while reading match data, one string each: a database names a handful of ecosystems
/// (<c>npm</c>, <c>Debian:12</c>) across thousands of rows, so each is made once and found again by its bytes.
/// Not thread-safe: one per look-up.
/// </summary>
internal sealed class EcosystemNames
{
    private readonly List<Utf8Text> names = [];

    public string Of(ReadOnlySpan<byte> utf8)
    {
        foreach (var known in names)
        {
            if (utf8.SequenceEqual(known.Utf8))
            {
                return known.Text;
            }
        }

        var name = Encoding.UTF8.GetString(utf8);
        names.Add(new Utf8Text(utf8.ToArray(), name));
        return name;
    }
}
