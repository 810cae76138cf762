using System.Buffers;
using System.Text;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// The lean form of what matching needs from one record for one package (the <c>match</c> column of a package row):
/// the record's <c>affected</c> entries that name that package, each its ecosystem, its <c>SEMVER</c> and
/// <c>ECOSYSTEM</c> ranges (<c>GIT</c> ranges and unknown event kinds never decide a match and are left out) and its
/// explicit versions, in a length-prefixed binary form. A withdrawn record has no entries. Reading it back makes
/// strings only for ecosystems and range events; an explicit version list is compared byte by byte with the versions
/// being matched, and only those it holds become strings.
/// </summary>
internal static class MatchDataCodec
{
    private static readonly string[] RangeTypes = [OsvRange.SemVer, OsvRange.EcosystemType];
    private static readonly string[] EventKinds = [OsvEvent.Introduced, OsvEvent.Fixed, OsvEvent.LastAffected, OsvEvent.Limit];

    /// <summary>The entries of one package (the caller picks them from the record's <c>affected</c>), encoded.</summary>
    public static byte[] Write(IEnumerable<OsvAffected> affected, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var entries = affected.ToList();
        WriteCount(buffer, entries.Count);
        foreach (var entry in entries)
        {
            WriteString(buffer, entry.Ecosystem);
            var ranges = entry.Ranges.Where(r => Array.IndexOf(RangeTypes, r.Type) >= 0).ToList();
            WriteCount(buffer, ranges.Count);
            foreach (var range in ranges)
            {
                WriteByte(buffer, (byte)Array.IndexOf(RangeTypes, range.Type));
                var events = range.Events.Where(e => Array.IndexOf(EventKinds, e.Kind) >= 0).ToList();
                WriteCount(buffer, events.Count);
                foreach (var e in events)
                {
                    WriteByte(buffer, (byte)Array.IndexOf(EventKinds, e.Kind));
                    WriteString(buffer, e.Version);
                }
            }

            WriteCount(buffer, entry.Versions.Count);
            foreach (var version in entry.Versions)
            {
                WriteString(buffer, version);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The entries of a package row, named <paramref name="name"/>; each entry's explicit versions are those of
    /// <paramref name="wanted"/> (the versions being matched, as UTF-8 and as text) that the list holds.
    /// </summary>
    public static List<OsvAffected> Read(ReadOnlySpan<byte> data, string name, IReadOnlyList<Utf8Text> wanted, EcosystemNames ecosystems)
    {
        var position = 0;
        var count = ReadCount(data, ref position);
        var entries = new List<OsvAffected>(count);
        for (var i = 0; i < count; i++)
        {
            var ecosystem = ecosystems.Of(ReadBytes(data, ref position));
            var ranges = new OsvRange[ReadCount(data, ref position)];
            for (var r = 0; r < ranges.Length; r++)
            {
                var type = RangeTypes[data[position++]];
                var events = new OsvEvent[ReadCount(data, ref position)];
                for (var e = 0; e < events.Length; e++)
                {
                    var kind = EventKinds[data[position++]];
                    events[e] = new OsvEvent(kind, Encoding.UTF8.GetString(ReadBytes(data, ref position)));
                }

                ranges[r] = new OsvRange(type, events);
            }

            var versions = new List<string>();
            var listed = ReadCount(data, ref position);
            for (var v = 0; v < listed; v++)
            {
                var version = ReadBytes(data, ref position);
                for (var w = 0; w < wanted.Count; w++)
                {
                    var text = wanted[w];
                    if (version.SequenceEqual(text.Utf8) && !versions.Contains(text.Text, StringComparer.Ordinal))
                    {
                        versions.Add(text.Text);
                    }
                }
            }

            entries.Add(new OsvAffected(ecosystem, name, ranges, versions));
        }

        return entries;
    }

    private static void WriteByte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void WriteCount(ArrayBufferWriter<byte> buffer, int value)
    {
        var unsigned = (uint)value;
        while (unsigned >= 0x80)
        {
            WriteByte(buffer, (byte)(unsigned | 0x80));
            unsigned >>= 7;
        }

        WriteByte(buffer, (byte)unsigned);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteCount(buffer, length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static int ReadCount(ReadOnlySpan<byte> data, ref int position)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = data[position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("the database's match data is malformed");
    }

    private static ReadOnlySpan<byte> ReadBytes(ReadOnlySpan<byte> data, ref int position)
    {
        var length = ReadCount(data, ref position);
        var bytes = data.Slice(position, length);
        position += length;
        return bytes;
    }
}
