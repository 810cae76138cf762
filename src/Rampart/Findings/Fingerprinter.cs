using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rampart.Findings;

/// <summary>
/// Computes a finding's fingerprint from what identifies the problem: the rule, the resource (or the file
/// when there is none), the field with list items named by their <c>name</c> where they have one, the
/// package, and the analyzer's discriminator. The field is read from <see cref="Finding.StableFieldPath"/>, which
/// the analyze stage sets while the object's tree is at hand, and from the plain field path otherwise. Lines, columns, messages and the file of a resource are
/// left out, so the fingerprint survives lines inserted above, reformatting, other objects added and the
/// resource moving to another file, and changes when the problem is really a different one. A secret found in the
/// Git history (<see cref="Finding.Commit"/>) leaves its file out too: the rule and the secret's hash identify it.
/// </summary>
public static class Fingerprinter
{
    private const char Version = '1';

    /// <summary>Each thread's text buffer: every finding of a scan is fingerprinted, most of them on the analyze stage's workers.</summary>
    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <summary>
    /// Each thread's SHA-256 context: a one-shot hash looks the algorithm up and makes a new context on every call,
    /// which cost a quarter of the hashing of a large scan's findings.
    /// </summary>
    [ThreadStatic]
    private static IncrementalHash? sha256;

    public static string Compute(Finding finding) => Format(ComputeBits(finding));

    /// <summary>The fingerprint as its 64 bits: the first eight bytes of the hash, big-endian, as <see cref="Compute"/> writes them.</summary>
    public static ulong ComputeBits(Finding finding)
    {
        var text = buffer ??= new StringBuilder(256);
        text.Clear();
        text.Append(Version).Append('\n').Append(finding.RuleId).Append('\n');
        // A secret of the history is the rule and the secret, whichever files and commits it went through.
        if (finding.Resource is { } resource)
        {
            resource.AppendIdentity(text.Append("resource:"));
        }
        else
        {
            text.Append(finding.Commit is not null ? "history:" : "path:" + finding.Location.Path);
        }

        text.Append('\n');
        if ((finding.StableFieldPath ?? finding.Location.FieldPath) is { } fieldPath)
        {
            text.Append(fieldPath);
        }

        text.Append('\n');
        if (finding.Package is { } package)
        {
            text.Append(package.Ecosystem).Append(':').Append(package.Name).Append('@').Append(package.Version);
        }

        text.Append('\n').Append(finding.Discriminator);
        if (finding.Origin is { } origin)
        {
            // Only rendered findings carry this line, so every other fingerprint stays as it was.
            text.Append("\nentry:").Append(origin.EntryPoint.Path).Append(':').Append(origin.EntryPointName);
        }

        Span<byte> hash = stackalloc byte[32];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        int length;
        var chunks = text.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == text.Length)
        {
            // The usual case, the whole text in one chunk: encoded where it is.
            length = Encoding.UTF8.GetBytes(chunks.Current.Span, bytes);
        }
        else
        {
            // Copied whole first, so that a surrogate pair split between two chunks is encoded as one character.
            var chars = ArrayPool<char>.Shared.Rent(text.Length);
            text.CopyTo(0, chars, 0, text.Length);
            length = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            ArrayPool<char>.Shared.Return(chars);
        }

        var hasher = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(bytes, 0, length);
        hasher.GetHashAndReset(hash);
        ArrayPool<byte>.Shared.Return(bytes);
        if (text.Capacity > 4096)
        {
            buffer = null;
        }

        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>The fingerprint's text: 16 lowercase hexadecimal digits.</summary>
    public static string Format(ulong bits) => bits.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is a fingerprint as <see cref="Format"/> writes one, and its bits.</summary>
    public static bool TryParse(string text, out ulong bits)
    {
        bits = 0;
        if (text.Length != 16)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bits);
    }
}
