using System.Globalization;
using System.Numerics;
using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// <c>string.format(list)</c> as cel-go implements it: the clauses %s %d %f %e %b %x %X %o and %%, with an
/// optional precision (<c>%.3f</c>). Numbers print as Go prints them; NaN and infinities by name.
/// </summary>
internal static class StringFormatter
{
    /// <summary>Largest precision accepted; a bound against hostile format strings.</summary>
    public const int MaxPrecision = 100;

    private const int DefaultPrecision = 6;

    /// <param name="format">The format string.</param>
    /// <param name="arguments">The values of the clauses, in order.</param>
    /// <param name="kubernetesPinned">
    /// Format <c>%e</c> and <c>%s</c> as the strings extension version Kubernetes pins does: for <c>%e</c> an int or
    /// uint goes to Go's <c>fmt.Sprintf("%e")</c> unconverted, which prints <c>%!e(int64=5)</c>, NaN and infinities
    /// by name; <c>%s</c> prints the elements of lists and maps as CEL literals (<see cref="PinnedFormatValue"/>).
    /// </param>
    public static CelValue Format(string format, CelList arguments, bool kubernetesPinned = false)
    {
        var builder = new StringBuilder(format.Length + 16);
        var argumentIndex = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '%')
            {
                builder.Append('%');
                i++;
                continue;
            }

            if (argumentIndex >= arguments.Count)
            {
                return new CelError($"index {argumentIndex} out of range");
            }

            if (i + 1 >= format.Length)
            {
                return new CelError("unexpected end of string");
            }

            var argument = arguments[argumentIndex++];
            if (argument is CelError)
            {
                return argument;
            }

            if (ParseClause(format, i + 1, out var verb, out var precision, out var next) is { } parseError)
            {
                return new CelError("could not parse formatting clause: " + parseError);
            }

            var (text, error) = kubernetesPinned ? PinnedClause(verb, precision, argument) : FormatClause(verb, precision, argument);
            if (error is not null)
            {
                return new CelError("error during formatting: " + error);
            }

            if ((long)builder.Length + text!.Length > UnicodeText.MaxResultLength)
            {
                return new CelError($"error during formatting: the result would be longer than {UnicodeText.MaxResultLength} characters");
            }

            builder.Append(text);
            i = next - 1;
        }

        return CelString.Of(builder.ToString());
    }

    internal static string? ParseClause(string format, int start, out char verb, out int precision, out int next)
    {
        verb = '\0';
        precision = DefaultPrecision;
        next = start;
        var i = start;
        if (format[i] == '.')
        {
            i++;
            var digitsStart = i;
            while (true)
            {
                if (i >= format.Length)
                {
                    return "error while parsing precision: could not find end of precision specifier";
                }

                if (!char.IsAsciiDigit(format[i]))
                {
                    break;
                }

                i++;
            }

            var digits = format[digitsStart..i];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out precision))
            {
                return digits.Length == 0
                    ? "error while parsing precision: error while converting precision to integer: strconv.Atoi: parsing \"\": invalid syntax"
                    : $"error while parsing precision: precision {digits} exceeds maximum allowed precision {MaxPrecision}";
            }

            if (precision > MaxPrecision)
            {
                return $"error while parsing precision: precision {precision} exceeds maximum allowed precision {MaxPrecision}";
            }
        }

        verb = format[i];
        next = i + 1;
        return verb is 's' or 'd' or 'f' or 'e' or 'b' or 'x' or 'X' or 'o'
            ? null
            : $"unrecognized formatting clause \"{verb}\"";
    }

    private static (string? Text, string? Error) FormatClause(char verb, int precision, CelValue argument) => verb switch
    {
        's' => FormatValue.ToText(argument),
        'd' => argument switch
        {
            CelInt or CelUInt => (argument.ToString()!.TrimEnd('u'), null),
            CelDouble d => (double.IsFinite(d.Value) ? GoNumberFormat.Shortest(d.Value) : GoNumberFormat.Fixed(d.Value, 0), null),
            _ => (null, "decimal clause can only be used on integers, was given " + argument.Type.Name),
        },
        'f' => AsDouble(argument) is { } f
            ? (GoNumberFormat.Fixed(f, precision), null)
            : (null, "fixed-point clause can only be used on doubles, was given " + argument.Type.Name),
        'e' => AsDouble(argument) is { } e
            ? (GoNumberFormat.Scientific(e, precision), null)
            : (null, "scientific clause can only be used on doubles, was given " + argument.Type.Name),
        'b' => argument switch
        {
            CelBool b => (b.Value ? "1" : "0", null),
            _ when AsInteger(argument) is { } n => (GoNumberFormat.Integer(n, 2, false), null),
            _ => (null, "only integers and bools can be formatted as binary, was given " + argument.Type.Name),
        },
        'o' => AsInteger(argument) is { } o
            ? (GoNumberFormat.Integer(o, 8, false), null)
            : (null, "octal clause can only be used on integers, was given " + argument.Type.Name),
        _ => Hex(argument, verb == 'X'),
    };

    private static (string? Text, string? Error) PinnedClause(char verb, int precision, CelValue argument) => verb switch
    {
        'e' => PinnedScientific(argument, precision),
        's' => PinnedFormatValue.ToText(argument),
        _ => FormatClause(verb, precision, argument),
    };

    private static (string? Text, string? Error) PinnedScientific(CelValue argument, int precision) => argument switch
    {
        CelInt i => ($"%!e(int64={i.Value.ToString(CultureInfo.InvariantCulture)})", null),
        CelUInt u => ($"%!e(uint64={u.Value.ToString(CultureInfo.InvariantCulture)})", null),
        CelDouble { Value: double.NaN } => ("NaN", null),
        CelDouble d when double.IsInfinity(d.Value) => (d.Value > 0 ? "Infinity" : "-Infinity", null),
        _ => FormatClause('e', precision, argument),
    };

    private static (string?, string?) Hex(CelValue argument, bool upper)
    {
        if (AsInteger(argument) is { } n)
        {
            return (GoNumberFormat.Integer(n, 16, upper), null);
        }

        var bytes = argument switch
        {
            CelString s => Encoding.UTF8.GetBytes(s.Value),
            CelBytes b => b.Span.ToArray(),
            _ => null,
        };
        if (bytes is null)
        {
            return (null, "only integers, byte buffers, and strings can be formatted as hex, was given " + argument.Type.Name);
        }

        var hex = Convert.ToHexString(bytes);
        return (upper ? hex : hex.ToLowerInvariant(), null);
    }

    private static BigInteger? AsInteger(CelValue value) => value switch
    {
        CelInt i => i.Value,
        CelUInt u => u.Value,
        _ => null,
    };

    private static double? AsDouble(CelValue value) => value switch
    {
        CelDouble d => d.Value,
        CelInt i => i.Value,
        CelUInt u => u.Value,
        _ => null,
    };
}
