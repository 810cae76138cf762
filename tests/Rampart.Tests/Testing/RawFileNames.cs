using System.Runtime.InteropServices;
using System.Text;

namespace Rampart.Tests.Testing;

/// <summary>
/// Gives a file or folder a name whose bytes are not UTF-8, which .NET cannot spell: the entry is written under an
/// ordinary name and renamed through libc with the raw bytes. Linux only; other systems (and file systems that
/// insist on UTF-8) refuse, and the caller skips.
/// </summary>
internal static class RawFileNames
{
    /// <summary>The name <c>bad</c>, the byte 0xFF, then <paramref name="suffix"/>; shown by .NET as <c>bad\uFFFD{suffix}</c>.</summary>
    public static byte[] Invalid(string suffix) => [.. "bad"u8, 0xFF, .. Encoding.UTF8.GetBytes(suffix)];

    /// <summary>Renames <paramref name="fullPath"/> to <paramref name="name"/> in the same folder; false when the system refuses.</summary>
    public static bool Rename(string fullPath, byte[] name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        byte[] folder = [.. Encoding.UTF8.GetBytes(Path.GetDirectoryName(fullPath)!), (byte)'/'];
        return RenameEntry([.. Encoding.UTF8.GetBytes(fullPath), 0], [.. folder, .. name, 0]) == 0;
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int RenameEntry(byte[] from, byte[] to);
}
