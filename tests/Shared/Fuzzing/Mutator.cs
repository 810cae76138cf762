using System.Text;

namespace Rampart.Testing.Fuzzing;

/// <summary>
/// Mutates the bytes of a text file the ways a hostile or careless author would: flipped bytes, cuts, repeated and
/// swapped lines, YAML's special characters, deep nesting, long lines, bytes that are not UTF-8, NUL, other line
/// breaks, huge numbers, tabs, byte order marks, keys exchanged for other Kubernetes keys, values exchanged for odd
/// ones, template braces and unusual Unicode. Everything comes from the <see cref="Random"/> given, so a seed
/// reproduces a file exactly; each mutation is named in <see cref="Mutation.Applied"/> for failure messages.
/// </summary>
internal sealed class Mutator(Random random)
{
    /// <summary>The largest file a mutation leaves (long lines and nesting stop growing there).</summary>
    public const int MaxBytes = 160 * 1024;

    private readonly List<string> applied = [];

    /// <summary>Applies 1 to 4 mutations (more rarely up to 8) to <paramref name="seed"/>.</summary>
    public Mutation Mutate(ReadOnlySpan<byte> seed)
    {
        applied.Clear();
        var bytes = new List<byte>(seed.ToArray());
        var count = random.Next(1, random.Next(8) == 0 ? 9 : 5);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(bytes);
            if (bytes.Count > MaxBytes)
            {
                bytes.RemoveRange(MaxBytes, bytes.Count - MaxBytes);
                applied.Add($"cut to {MaxBytes}");
            }
        }

        return new Mutation([.. bytes], string.Join("; ", applied));
    }

    private void MutateOnce(List<byte> bytes)
    {
        switch (random.Next(22))
        {
            case 0: FlipBit(bytes); break;
            case 1: ReplaceByte(bytes); break;
            case 2: Truncate(bytes); break;
            case 3: DuplicateLine(bytes); break;
            case 4: DeleteLine(bytes); break;
            case 5: SwapLines(bytes); break;
            case 6: case 7: Insert(bytes, Pick(MutationVocabulary.Specials), "special"); break;
            case 8: Nest(bytes); break;
            case 9: LongLine(bytes); break;
            case 10: InsertBytes(bytes, Pick(MutationVocabulary.InvalidUtf8), "invalid UTF-8"); break;
            case 11: InsertBytes(bytes, [0], "NUL"); break;
            case 12: LineBreaks(bytes); break;
            case 13: Tabs(bytes); break;
            case 14: Bom(bytes); break;
            case 15: case 16: SwapKey(bytes); break;
            case 17: case 18: SwapValue(bytes); break;
            case 19: Insert(bytes, Pick(["{{", "{{ .Values.x }}", "{{- if .x }}\n", "{{ end }}\n", "}}", "{{/* c */}}"]), "template"); break;
            case 20: Insert(bytes, Pick(MutationVocabulary.Unicode), "unicode"); break;
            default: Indent(bytes); break;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private int Position(List<byte> bytes) => random.Next(bytes.Count + 1);

    private void FlipBit(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        var at = random.Next(bytes.Count);
        var bit = random.Next(8);
        bytes[at] ^= (byte)(1 << bit);
        applied.Add($"flip bit {bit} at {at}");
    }

    private void ReplaceByte(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            return;
        }

        var at = random.Next(bytes.Count);
        bytes[at] = Pick(MutationVocabulary.Interesting);
        applied.Add($"byte 0x{bytes[at]:X2} at {at}");
    }

    private void Truncate(List<byte> bytes)
    {
        var at = Position(bytes);
        bytes.RemoveRange(at, bytes.Count - at);
        applied.Add($"truncate at {at}");
    }

    private void Insert(List<byte> bytes, string text, string what) => InsertBytes(bytes, Encoding.UTF8.GetBytes(text), what);

    private void InsertBytes(List<byte> bytes, byte[] inserted, string what)
    {
        var at = Position(bytes);
        bytes.InsertRange(at, inserted);
        applied.Add($"{what} {ByteText.Escape(inserted)} at {at}");
    }

    private void DuplicateLine(List<byte> bytes)
    {
        var (start, end) = TextSpans.Line(random, bytes);
        var line = bytes.GetRange(start, end - start).ToArray();
        var times = random.Next(4) == 0 ? random.Next(2, 200) : 1;
        for (var i = 0; i < times && bytes.Count < MaxBytes; i++)
        {
            bytes.InsertRange(end, line);
        }

        applied.Add($"duplicate line at {start} x{times}");
    }

    private void DeleteLine(List<byte> bytes)
    {
        var (start, end) = TextSpans.Line(random, bytes);
        bytes.RemoveRange(start, end - start);
        applied.Add($"delete line at {start}");
    }

    private void SwapLines(List<byte> bytes)
    {
        var (a, aEnd) = TextSpans.Line(random, bytes);
        var (b, bEnd) = TextSpans.Line(random, bytes);
        if (a == b)
        {
            return;
        }

        if (b < a)
        {
            (a, aEnd, b, bEnd) = (b, bEnd, a, aEnd);
        }

        if (aEnd > b)
        {
            return;
        }

        var first = bytes.GetRange(a, aEnd - a);
        var second = bytes.GetRange(b, bEnd - b);
        bytes.RemoveRange(b, bEnd - b);
        bytes.InsertRange(b, first);
        bytes.RemoveRange(a, aEnd - a);
        bytes.InsertRange(a, second);
        applied.Add($"swap lines at {a} and {b}");
    }

    private void Nest(List<byte> bytes)
    {
        var depth = random.Next(4) == 0 ? random.Next(250, 3000) : random.Next(2, 250);
        var text = random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', random.Next(2) == 0 ? depth : 0),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            _ => "\n" + string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i) + "k:\n")),
        };
        var at = Position(bytes);
        bytes.InsertRange(at, Encoding.UTF8.GetBytes(text));
        applied.Add($"nesting {depth} at {at}");
    }

    private void LongLine(List<byte> bytes)
    {
        var length = random.Next(1000, 120_000);
        var unit = Pick(["x", "a: ", "- ", "é", "{{", " ", "\\\""]);
        var text = new StringBuilder(length + 8).Append("k: ");
        while (text.Length < length)
        {
            text.Append(unit);
        }

        var at = Position(bytes);
        bytes.InsertRange(at, Encoding.UTF8.GetBytes(text.Append('\n').ToString()));
        applied.Add($"long line of {length} '{unit}' at {at}");
    }

    private void LineBreaks(List<byte> bytes)
    {
        var replacement = Encoding.UTF8.GetBytes(Pick(MutationVocabulary.Breaks));
        var all = random.Next(2) == 0;
        var result = new List<byte>(bytes.Count + 16);
        foreach (var b in bytes)
        {
            if (b == '\n' && (all || random.Next(4) == 0))
            {
                result.AddRange(replacement);
            }
            else
            {
                result.Add(b);
            }
        }

        bytes.Clear();
        bytes.AddRange(result);
        applied.Add($"line breaks {ByteText.Escape(replacement)}{(all ? " everywhere" : " here and there")}");
    }

    private void Tabs(List<byte> bytes)
    {
        var (start, end) = TextSpans.Line(random, bytes);
        var spaces = 0;
        while (start + spaces < end && bytes[start + spaces] == ' ')
        {
            spaces++;
        }

        if (spaces == 0)
        {
            InsertBytes(bytes, [(byte)'\t'], "tab");
            return;
        }

        bytes.RemoveRange(start, spaces);
        bytes.InsertRange(start, Enumerable.Repeat((byte)'\t', Math.Max(1, spaces / 2)));
        applied.Add($"tabs for indentation at {start}");
    }

    private void Bom(List<byte> bytes)
    {
        switch (random.Next(4))
        {
            case 0:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                applied.Add("UTF-8 BOM");
                break;
            case 1:
                InsertBytes(bytes, [0xEF, 0xBB, 0xBF], "BOM inside");
                break;
            default:
                var text = Encoding.UTF8.GetString([.. bytes]);
                var encoding = random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
                bytes.Clear();
                bytes.AddRange(encoding.GetPreamble());
                bytes.AddRange(encoding.GetBytes(text));
                applied.Add($"re-encoded as {encoding.WebName} with BOM");
                break;
        }
    }

    private void SwapKey(List<byte> bytes)
    {
        var key = Pick(MutationVocabulary.Keys);
        if (TextSpans.Word(random, bytes, random.Next(2) == 0) is not { } word)
        {
            Insert(bytes, key + ": ", "key");
            return;
        }

        bytes.RemoveRange(word.Start, word.Length);
        bytes.InsertRange(word.Start, Encoding.UTF8.GetBytes(key));
        applied.Add($"key '{key}' at {word.Start}");
    }

    private void SwapValue(List<byte> bytes)
    {
        var value = Pick(MutationVocabulary.Values);
        if (TextSpans.Word(random, bytes, keyed: false) is not { } word)
        {
            Insert(bytes, value, "value");
            return;
        }

        bytes.RemoveRange(word.Start, word.Length);
        bytes.InsertRange(word.Start, Encoding.UTF8.GetBytes(value));
        applied.Add($"value '{ByteText.Escape(Encoding.UTF8.GetBytes(value))}' at {word.Start}");
    }

    private void Indent(List<byte> bytes)
    {
        var (start, _) = TextSpans.Line(random, bytes);
        var shift = random.Next(-3, 5);
        if (shift < 0)
        {
            var spaces = 0;
            while (start + spaces < bytes.Count && spaces < -shift && bytes[start + spaces] == ' ')
            {
                spaces++;
            }

            bytes.RemoveRange(start, spaces);
        }
        else
        {
            bytes.InsertRange(start, Enumerable.Repeat((byte)' ', shift));
        }

        applied.Add($"indent {shift:+0;-0} at {start}");
    }
}
