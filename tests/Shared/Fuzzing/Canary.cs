using System.Text;

namespace Rampart.Testing.Fuzzing;

/// <summary>
/// A Pod with a privileged container, never mutated, written as a document of its own before or after a mutated
/// file's content (or as a whole file). Whatever the rest of the file holds, a scan that checks policies must
/// report the container at <see cref="Line"/>, or report the file as not scanned: a privileged Pod must never pass
/// unseen.
/// </summary>
internal sealed record Canary(string Name, int Line)
{
    /// <summary>The line of <c>privileged: true</c> in <see cref="Pod"/>.</summary>
    private const int PrivilegedLine = 10;

    /// <summary>The Pod named <paramref name="name"/>: ten lines and a final line break, <c>privileged: true</c> on line 10.</summary>
    public static string Pod(string name) => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              securityContext:
                privileged: true

        """;

    /// <summary>The whole file is the canary.</summary>
    public static (byte[] Bytes, Canary Canary) Alone(string name) => (Encoding.UTF8.GetBytes(Pod(name)), new Canary(name, PrivilegedLine));

    /// <summary><paramref name="content"/> with the canary as a document of its own before it (<paramref name="first"/>) or after it.</summary>
    public static (byte[] Bytes, Canary Canary) Beside(byte[] content, string name, bool first)
    {
        var pod = Encoding.UTF8.GetBytes(Pod(name));
        if (first)
        {
            return ([.. pod, .. "---\n"u8, .. content], new Canary(name, PrivilegedLine));
        }

        byte[] before = [.. content, .. "\n---\n"u8];
        return ([.. before, .. pod], new Canary(name, Breaks(before) + PrivilegedLine));
    }

    /// <summary>The line breaks YAML counts: LF, CR, CR LF (once), NEL, LS and PS.</summary>
    private static int Breaks(ReadOnlySpan<byte> bytes)
    {
        var breaks = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            breaks += bytes[i] switch
            {
                (byte)'\n' => 1,
                (byte)'\r' when i + 1 == bytes.Length || bytes[i + 1] != '\n' => 1,
                0xC2 when i + 1 < bytes.Length && bytes[i + 1] == 0x85 => 1,
                0xE2 when i + 2 < bytes.Length && bytes[i + 1] == 0x80 && bytes[i + 2] is 0xA8 or 0xA9 => 1,
                _ => 0,
            };
        }

        return breaks;
    }
}
