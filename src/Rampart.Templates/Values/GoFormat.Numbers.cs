using System.Globalization;
using System.Text;

namespace Rampart.Templates.Values;

public sealed partial class GoFormat
{
    private void Pad(string s)
    {
        if (width is not { } w)
        {
            buf.Append(s);
            return;
        }

        var n = w - s.EnumerateRunes().Count();
        if (n <= 0)
        {
            buf.Append(s);
            return;
        }

        if (minus)
        {
            buf.Append(s).Append(' ', n);
        }
        else
        {
            buf.Append(zero ? '0' : ' ', n).Append(s);
        }
    }

    private void FmtString(string s, int verb)
    {
        switch (verb)
        {
            case 's':
                if (precision is { } p)
                {
                    var runes = s.EnumerateRunes().Take(p);
                    s = string.Concat(runes.Select(r => r.ToString()));
                }

                Pad(s);
                break;
            case 'q':
                if (precision is { } q)
                {
                    s = string.Concat(s.EnumerateRunes().Take(q).Select(r => r.ToString()));
                }

                Pad(sharp && !s.Contains('`', StringComparison.Ordinal) && s.All(c => c >= ' ' || c == '\t')
                    ? "`" + s + "`"
                    : plus ? GoQuote.QuoteAscii(s) : GoQuote.Quote(s));
                break;
            default:
                var bytes = Encoding.UTF8.GetBytes(s);
                var length = precision is { } limit ? Math.Min(limit, bytes.Length) : bytes.Length;
                var sb = new StringBuilder();
                for (var i = 0; i < length; i++)
                {
                    if (space && i > 0)
                    {
                        sb.Append(' ');
                    }

                    if (sharp && (space || i == 0))
                    {
                        sb.Append(verb == 'x' ? "0x" : "0X");
                    }

                    sb.Append(bytes[i].ToString(verb == 'x' ? "x2" : "X2", CultureInfo.InvariantCulture));
                }

                Pad(sb.ToString());
                break;
        }
    }

    private void FmtInteger(ulong u, bool signed, int verb, object arg)
    {
        var negative = signed && (long)u < 0;
        var magnitude = negative ? unchecked((ulong)(-(long)u)) : u;
        string digits;
        var prefix = "";
        switch (verb)
        {
            case 'v' or 'd':
                if (sharpV && !signed)
                {
                    digits = magnitude.ToString("x", CultureInfo.InvariantCulture);
                    prefix = "0x";
                    break;
                }

                digits = magnitude.ToString(CultureInfo.InvariantCulture);
                break;
            case 'b':
                digits = Convert.ToString(unchecked((long)magnitude), 2);
                if (sharp)
                {
                    prefix = "0b";
                }

                break;
            case 'o' or 'O':
                digits = Convert.ToString(unchecked((long)magnitude), 8);
                if (verb == 'O')
                {
                    prefix = "0o";
                }
                else if (sharp && digits != "0")
                {
                    prefix = "0";
                }

                break;
            case 'x' or 'X':
                digits = magnitude.ToString(verb == 'x' ? "x" : "X", CultureInfo.InvariantCulture);
                if (sharp)
                {
                    prefix = verb == 'x' ? "0x" : "0X";
                }

                break;
            case 'c':
                Pad(Rune.IsValid((int)Math.Min(u, int.MaxValue)) ? char.ConvertFromUtf32((int)u) : "\uFFFD");
                return;
            case 'q':
                Pad(GoQuote.QuoteRune((int)Math.Min(u, int.MaxValue)));
                return;
            case 'U':
                var text = "U+" + u.ToString("X4", CultureInfo.InvariantCulture);
                if (sharp && Rune.IsValid((int)Math.Min(u, int.MaxValue)))
                {
                    text += " '" + char.ConvertFromUtf32((int)u) + "'";
                }

                Pad(text);
                return;
            default:
                BadVerb(arg, verb);
                return;
        }

        if (precision is { } p)
        {
            if (p == 0 && magnitude == 0)
            {
                digits = "";
            }
            else if (digits.Length < p)
            {
                digits = new string('0', p - digits.Length) + digits;
            }
        }

        var sign = negative ? "-" : plus ? "+" : space ? " " : "";
        if (zero && !minus && precision is null && width is { } w && w > sign.Length + prefix.Length + digits.Length)
        {
            digits = new string('0', w - sign.Length - prefix.Length - digits.Length) + digits;
        }

        var savedZero = zero;
        zero = false;
        Pad(sign + prefix + digits);
        zero = savedZero;
    }

    private void FmtFloat(double v, int size, int verb, object arg)
    {
        string num;
        switch (verb)
        {
            case 'v':
                num = GoFloat.Format(v, 'g', precision ?? -1, size);
                break;
            case 'g' or 'G' or 'e' or 'E':
                num = GoFloat.Format(v, (char)verb, precision ?? -1, size);
                break;
            case 'f' or 'F':
                num = GoFloat.Format(v, 'f', precision ?? 6, size);
                break;
            default:
                BadVerb(arg, verb);
                return;
        }

        if (verb is 'e' or 'E' && precision is null)
        {
            num = GoFloat.Format(v, (char)verb, 6, size);
        }

        var negative = num.StartsWith('-');
        var body = negative ? num[1..] : num;
        if (body.StartsWith('+'))
        {
            body = body[1..];
            negative = false;
        }

        var sign = negative ? "-" : plus || num.StartsWith('+') ? "+" : space ? " " : "";
        if (double.IsInfinity(v) || double.IsNaN(v))
        {
            sign = double.IsNaN(v) ? (plus ? "+" : space ? " " : "") : v < 0 ? "-" : plus ? "+" : space ? " " : "";
            var savedZero = zero;
            zero = false;
            Pad(sign + (double.IsNaN(v) ? "NaN" : "Inf"));
            zero = savedZero;
            return;
        }

        if (zero && !minus && width is { } w && w > sign.Length + body.Length)
        {
            body = new string('0', w - sign.Length - body.Length) + body;
        }

        var saved = zero;
        zero = false;
        Pad(sign + body);
        zero = saved;
    }
}
