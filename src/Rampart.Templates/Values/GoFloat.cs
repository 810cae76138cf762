using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rampart.Templates.Values;

/// <summary>Go's strconv.FormatFloat for the formats templates use ('e', 'E', 'f', 'g', 'G'), shortest or with a precision.</summary>
internal static class GoFloat
{
    /// <summary>strconv.FormatFloat(v, fmt, prec, bitSize).</summary>
    public static string Format(double v, char fmt, int prec, int bitSize = 64)
    {
        if (double.IsNaN(v))
        {
            return "NaN";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "+Inf" : "-Inf";
        }

        var negative = v < 0 || (v == 0 && double.IsNegative(v));
        var a = Math.Abs(v);
        var shortest = prec < 0;
        string digits;
        int dp;
        if (shortest)
        {
            (digits, dp) = Shortest(a, bitSize);
            prec = fmt switch
            {
                'e' or 'E' => digits.Length - 1,
                'f' => Math.Max(digits.Length - dp, 0),
                _ => digits.Length,
            };
        }
        else
        {
            (digits, dp) = Exact(a);
            var keep = fmt switch
            {
                'e' or 'E' => prec + 1,
                'f' => dp + prec,
                _ => prec == 0 ? 1 : prec,
            };
            if (fmt is 'g' or 'G' && prec == 0)
            {
                prec = 1;
            }

            (digits, dp) = Round(digits, dp, keep);
        }

        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        switch (fmt)
        {
            case 'e' or 'E':
                FormatE(sb, digits, dp, prec, fmt);
                break;
            case 'f':
                FormatF(sb, digits, dp, prec);
                break;
            default:
                var eprec = prec;
                if (eprec > digits.Length && digits.Length >= dp)
                {
                    eprec = digits.Length;
                }

                if (shortest)
                {
                    eprec = 6;
                }

                var exp = dp - 1;
                if (digits == "0")
                {
                    exp = 0;
                }

                if (exp < -4 || exp >= eprec)
                {
                    FormatE(sb, digits, dp, (shortest ? digits.Length : prec) - 1, fmt == 'G' ? 'E' : 'e');
                }
                else
                {
                    FormatF(sb, digits, dp, Math.Max((shortest ? digits.Length : prec) - dp, 0));
                }

                break;
        }

        return sb.ToString();
    }

    private static void FormatE(StringBuilder sb, string digits, int dp, int prec, char e)
    {
        sb.Append(digits.Length > 0 ? digits[0] : '0');
        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= prec; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        var exp = digits == "0" ? 0 : dp - 1;
        sb.Append(e).Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        sb.Append(exp < 10 ? "0" + exp.ToString(CultureInfo.InvariantCulture) : exp.ToString(CultureInfo.InvariantCulture));
    }

    private static void FormatF(StringBuilder sb, string digits, int dp, int prec)
    {
        if (dp > 0)
        {
            for (var i = 0; i < dp; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            sb.Append('0');
        }

        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 0; i < prec; i++)
            {
                var j = dp + i;
                sb.Append(j >= 0 && j < digits.Length ? digits[j] : '0');
            }
        }
    }

    /// <summary>The shortest digits that read back as the same value, and the decimal point position.</summary>
    private static (string Digits, int Dp) Shortest(double a, int bitSize)
    {
        if (a == 0)
        {
            return ("0", 1);
        }

        var r = bitSize == 32 ? ((float)a).ToString("R", CultureInfo.InvariantCulture) : a.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var exp = 0;
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? r : r[..dot];
        var digits = dot < 0 ? r : r.Remove(dot, 1);
        var dp = intPart.Length + exp;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..];
        dp -= lead;
        digits = digits.TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, dp);
    }

    /// <summary>The exact decimal expansion of a double.</summary>
    public static (string Digits, int Dp) Exact(double a)
    {
        if (a == 0)
        {
            return ("0", 1);
        }

        var bits = BitConverter.DoubleToInt64Bits(a);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        string digits;
        int dp;
        if (exponent >= 0)
        {
            digits = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
            dp = digits.Length;
        }
        else
        {
            digits = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
            dp = digits.Length + exponent;
        }

        digits = digits.TrimEnd('0');
        return (digits, dp);
    }

    /// <summary>Rounds exact digits to <paramref name="keep"/> digits, half to even.</summary>
    private static (string Digits, int Dp) Round(string digits, int dp, int keep)
    {
        if (keep < 0)
        {
            return ("0", dp);
        }

        if (keep >= digits.Length)
        {
            return (digits, dp);
        }

        var up = digits[keep] > '5' || (digits[keep] == '5' && (keep + 1 < digits.Length || (keep > 0 && (digits[keep - 1] - '0') % 2 == 1)));
        var kept = digits[..keep].ToCharArray();
        if (up)
        {
            var i = keep - 1;
            while (i >= 0 && kept[i] == '9')
            {
                kept[i] = '0';
                i--;
            }

            if (i < 0)
            {
                return ("1" + new string(kept), dp + 1);
            }

            kept[i]++;
        }

        var s = new string(kept).TrimEnd('0');
        return (s.Length == 0 ? "0" : s, s.Length == 0 && !up ? dp : dp);
    }
}
