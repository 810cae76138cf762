using System.Globalization;
using System.Text;

namespace Rampart.Templates.Values;

/// <summary>
/// Go's fmt package over the value model: Sprint, Sprintln and Sprintf with Go's verbs, flags, widths, precisions,
/// argument indexes and error annotations (<c>%!d(string=x)</c>, <c>%!s(MISSING)</c>, <c>%!(EXTRA …)</c>).
/// </summary>
public sealed partial class GoFormat
{
    private readonly StringBuilder buf = new();
    private bool plus;
    private bool minus;
    private bool sharp;
    private bool space;
    private bool zero;
    private bool plusV;
    private bool sharpV;
    private int? width;
    private int? precision;

    private GoFormat()
    {
    }

    /// <summary>fmt.Sprint: operands separated by a space when neither side is a string.</summary>
    public static string Sprint(IReadOnlyList<object?> args)
    {
        var p = new GoFormat();
        var prevString = false;
        for (var i = 0; i < args.Count; i++)
        {
            var isString = args[i] is string;
            if (i > 0 && !isString && !prevString)
            {
                p.buf.Append(' ');
            }

            p.PrintArg(args[i], 'v');
            prevString = isString;
        }

        return p.buf.ToString();
    }

    /// <summary>fmt.Sprintln: operands always separated by spaces, and a newline.</summary>
    public static string Sprintln(IReadOnlyList<object?> args)
    {
        var p = new GoFormat();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                p.buf.Append(' ');
            }

            p.PrintArg(args[i], 'v');
        }

        p.buf.Append('\n');
        return p.buf.ToString();
    }

    /// <summary>fmt.Sprint of one value.</summary>
    public static string ToString(object? value)
    {
        if (value is string s)
        {
            return s;
        }

        var p = new GoFormat();
        p.PrintArg(value, 'v');
        return p.buf.ToString();
    }

    /// <summary>fmt.Sprintf.</summary>
    public static string Sprintf(string format, IReadOnlyList<object?> args)
    {
        var p = new GoFormat();
        p.DoPrintf(format, args);
        return p.buf.ToString();
    }

    private void ClearFlags()
    {
        plus = minus = sharp = space = zero = plusV = sharpV = false;
        width = precision = null;
    }

    private void DoPrintf(string format, IReadOnlyList<object?> a)
    {
        var end = format.Length;
        var argNum = 0;
        var afterIndex = false;
        var reordered = false;
        for (var i = 0; i < end;)
        {
            var lasti = i;
            while (i < end && format[i] != '%')
            {
                i++;
            }

            if (i > lasti)
            {
                buf.Append(format, lasti, i - lasti);
            }

            if (i >= end)
            {
                break;
            }

            i++;
            ClearFlags();
            for (; i < end; i++)
            {
                var c = format[i];
                if (c == '#') { sharp = true; }
                else if (c == '0') { zero = true; }
                else if (c == '+') { plus = true; }
                else if (c == '-') { minus = true; }
                else if (c == ' ') { space = true; }
                else { break; }
            }

            (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Count, ref reordered);
            if (i < end && format[i] == '*')
            {
                i++;
                var (w, ok, next) = IntFromArg(a, argNum);
                argNum = next;
                width = ok ? w : null;
                if (!ok)
                {
                    buf.Append("%!(BADWIDTH)");
                }
                else if (w < 0)
                {
                    minus = true;
                    width = -w;
                    zero = false;
                }

                afterIndex = false;
            }
            else
            {
                var (w, ok, next) = ParseNum(format, i, end);
                if (ok)
                {
                    width = w;
                    if (afterIndex)
                    {
                        // Go: a width directly after an index is bad
                    }
                }

                i = next;
            }

            if (i + 1 <= end && i < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    // precision after index
                }

                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Count, ref reordered);
                if (i < end && format[i] == '*')
                {
                    i++;
                    var (pr, ok, next) = IntFromArg(a, argNum);
                    argNum = next;
                    precision = ok && pr >= 0 ? pr : null;
                    if (!ok)
                    {
                        buf.Append("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    var (pr, ok, next) = ParseNum(format, i, end);
                    precision = ok ? pr : 0;
                    i = next;
                }
            }

            if (!afterIndex)
            {
                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, a.Count, ref reordered);
            }

            if (i >= end)
            {
                buf.Append("%!(NOVERB)");
                break;
            }

            var verb = char.ConvertToUtf32(format, i);
            i += char.IsSurrogatePair(format, i) ? 2 : 1;
            if (verb == '%')
            {
                buf.Append('%');
                continue;
            }

            if (argNum >= a.Count)
            {
                buf.Append("%!").Append(char.ConvertFromUtf32(verb)).Append("(MISSING)");
                continue;
            }

            if (verb == 'v')
            {
                if (sharp)
                {
                    sharp = false;
                    sharpV = true;
                }

                if (plus)
                {
                    plus = false;
                    plusV = true;
                }
            }

            PrintArg(a[argNum], verb);
            argNum++;
        }

        if (!reordered && argNum < a.Count)
        {
            ClearFlags();
            buf.Append("%!(EXTRA ");
            for (var k = argNum; k < a.Count; k++)
            {
                if (k > argNum)
                {
                    buf.Append(", ");
                }

                if (a[k] is null)
                {
                    buf.Append("<nil>");
                }
                else
                {
                    buf.Append(GoTypes.Of(a[k])!.Name).Append('=');
                    PrintArg(a[k], 'v');
                }
            }

            buf.Append(')');
        }
    }

    private static (int ArgNum, int I, bool Found) ArgNumber(int argNum, string format, int i, int numArgs, ref bool reordered)
    {
        if (i >= format.Length || format[i] != '[')
        {
            return (argNum, i, false);
        }

        reordered = true;
        for (var j = i + 1; j < format.Length; j++)
        {
            if (format[j] == ']')
            {
                if (int.TryParse(format.AsSpan(i + 1, j - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= numArgs)
                {
                    return (index - 1, j + 1, true);
                }

                return (argNum, j + 1, false);
            }
        }

        return (argNum, i + 1, false);
    }

    private static (int Num, bool Ok, int Next) ParseNum(string s, int start, int end)
    {
        var num = 0;
        var ok = false;
        var i = start;
        for (; i < end && char.IsAsciiDigit(s[i]); i++)
        {
            if (num > 1_000_000)
            {
                return (0, false, end);
            }

            num = (num * 10) + (s[i] - '0');
            ok = true;
        }

        return (num, ok, i);
    }

    private static (int Value, bool Ok, int Next) IntFromArg(IReadOnlyList<object?> a, int argNum)
    {
        if (argNum >= a.Count)
        {
            return (0, false, argNum);
        }

        var value = a[argNum] switch
        {
            long l => (long?)l,
            GoNumber n when n.GoType.Kind is >= GoKind.Int and <= GoKind.Uintptr => n.Int,
            _ => null,
        };
        return value is { } v && v is > -1_000_000 and < 1_000_000 ? ((int)v, true, argNum + 1) : (0, false, argNum + 1);
    }
}
