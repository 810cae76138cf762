using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// How many terminal cells text takes: two for East Asian wide and fullwidth characters and most emoji, none for
/// combining marks, format characters and controls, one for everything else. Text below U+0300 takes a short path.
/// </summary>
internal static class CellWidth
{
    public static int Of(string text) => Of(text.AsSpan());

    public static int Of(ReadOnlySpan<char> text)
    {
        var cells = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\u0300')
            {
                cells += c is >= '\u007F' and <= '\u009F' ? 0 : 1;
                continue;
            }

            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != OperationStatus.Done)
            {
                // An unpaired surrogate: the report writes it as U+FFFD, one cell.
                cells++;
                continue;
            }

            cells += Of(rune);
            i += used - 1;
        }

        return cells;
    }

    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20 || value is >= 0x7F and < 0xA0)
        {
            return 0;
        }

        if (value < 0x300)
        {
            return 1;
        }

        if (IsWide(value))
        {
            return 2;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
            _ => value is >= 0x1160 and <= 0x11FF ? 0 : 1, // Hangul medial vowels and final consonants join the syllable.
        };
    }

    /// <summary>Characters of East Asian width W or F (Unicode 15), by their blocks.</summary>
    private static bool IsWide(int value) => value switch
    {
        >= 0x1100 and <= 0x115F => true,
        0x231A or 0x231B or 0x2329 or 0x232A or >= 0x23E9 and <= 0x23EC or 0x23F0 or 0x23F3 => true,
        0x25FD or 0x25FE or 0x2614 or 0x2615 or >= 0x2648 and <= 0x2653 or 0x267F or 0x2693 or 0x26A1 => true,
        0x26AA or 0x26AB or 0x26BD or 0x26BE or 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA => true,
        0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C => true,
        0x274E or >= 0x2753 and <= 0x2755 or 0x2757 or >= 0x2795 and <= 0x2797 or 0x27B0 or 0x27BF => true,
        0x2B1B or 0x2B1C or 0x2B50 or 0x2B55 => true,
        >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA000 and <= 0xA4CF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE10 and <= 0xFE19 or >= 0xFE30 and <= 0xFE6F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x16FE0 and <= 0x16FE4 or >= 0x17000 and <= 0x18CFF or >= 0x1B000 and <= 0x1B2FF => true,
        0x1F004 or 0x1F0CF or 0x1F18E or >= 0x1F191 and <= 0x1F19A or >= 0x1F200 and <= 0x1F251 => true,
        >= 0x1F300 and <= 0x1F320 or >= 0x1F32D and <= 0x1F335 or >= 0x1F337 and <= 0x1F37C or >= 0x1F37E and <= 0x1F393 => true,
        >= 0x1F3A0 and <= 0x1F3CA or >= 0x1F3CF and <= 0x1F3D3 or >= 0x1F3E0 and <= 0x1F3F0 or 0x1F3F4 or >= 0x1F3F8 and <= 0x1F43E => true,
        0x1F440 or >= 0x1F442 and <= 0x1F4FC or >= 0x1F4FF and <= 0x1F53D or >= 0x1F54B and <= 0x1F54E => true,
        >= 0x1F550 and <= 0x1F567 or 0x1F57A or 0x1F595 or 0x1F596 or 0x1F5A4 or >= 0x1F5FB and <= 0x1F64F => true,
        >= 0x1F680 and <= 0x1F6C5 or 0x1F6CC or >= 0x1F6D0 and <= 0x1F6D2 or >= 0x1F6D5 and <= 0x1F6D7 => true,
        >= 0x1F6DC and <= 0x1F6DF or 0x1F6EB or 0x1F6EC or >= 0x1F6F4 and <= 0x1F6FC or >= 0x1F7E0 and <= 0x1F7EB or 0x1F7F0 => true,
        >= 0x1F90C and <= 0x1F93A or >= 0x1F93C and <= 0x1F945 or >= 0x1F947 and <= 0x1F9FF or >= 0x1FA70 and <= 0x1FAFF => true,
        >= 0x20000 and <= 0x2FFFD or >= 0x30000 and <= 0x3FFFD => true,
        _ => false,
    };
}
