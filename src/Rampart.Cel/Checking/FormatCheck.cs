using Rampart.Cel.Libraries.Extensions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>
/// The compile-time check cel-go's strings extension makes of <c>'...'.format([...])</c> when the format string and
/// the list are literals: every clause has an argument of a type it can print, and no argument is left over.
/// </summary>
internal static class FormatCheck
{
    public static void Validate(CallExpr call, CheckResult check, SourceText source, List<CelIssue> errors)
    {
        if (call.Target is not ConstantExpr { Value: CelString format } || call.Arguments is not [ListExpr list])
        {
            return;
        }

        var text = format.Value;
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '%')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                errors.Add(source.Issue("unexpected end of string", call.Offset));
                return;
            }

            if (used >= list.Elements.Length)
            {
                errors.Add(source.Issue($"index {used} out of range", call.Offset));
                return;
            }

            if (StringFormatter.ParseClause(text, i + 1, out var verb, out _, out var next) is { } parseError)
            {
                errors.Add(source.Issue("could not parse formatting clause: " + parseError, call.Offset));
                return;
            }

            var argument = list.Elements[used++];
            if (Unsupported(verb, argument, check) is { } bad)
            {
                errors.Add(source.Issue(Message(verb, check.TypeOf(bad.Id).ToString()), bad.Offset));
                return;
            }

            i = next - 1;
        }

        if (list.Elements.Length > used)
        {
            errors.Add(source.Issue($"too many arguments supplied to string.format (expected {used}, got {list.Elements.Length})", call.Offset));
        }
    }

    /// <summary>The argument (or, for <c>%s</c>, the element of a literal inside it) whose type the clause cannot print.</summary>
    private static Expr? Unsupported(char verb, Expr argument, CheckResult check)
    {
        if (verb == 's')
        {
            return UnsupportedAsString(argument, check);
        }

        var kind = check.TypeOf(argument.Id).Kind;
        var accepted = kind == CelTypeKind.Dyn || verb switch
        {
            'd' or 'f' or 'e' => kind is CelTypeKind.Int or CelTypeKind.UInt or CelTypeKind.Double,
            'b' => kind is CelTypeKind.Bool or CelTypeKind.Int or CelTypeKind.UInt,
            'x' or 'X' => kind is CelTypeKind.Int or CelTypeKind.UInt or CelTypeKind.String or CelTypeKind.Bytes,
            'o' => kind is CelTypeKind.Int or CelTypeKind.UInt,
            _ => true,
        };
        return accepted ? null : argument;
    }

    private static Expr? UnsupportedAsString(Expr argument, CheckResult check)
    {
        var kind = check.TypeOf(argument.Id).Kind;
        if (kind is not (CelTypeKind.Dyn or CelTypeKind.List or CelTypeKind.Map or CelTypeKind.Int or CelTypeKind.UInt or CelTypeKind.Double
            or CelTypeKind.Bool or CelTypeKind.String or CelTypeKind.Timestamp or CelTypeKind.Bytes or CelTypeKind.Duration
            or CelTypeKind.Type or CelTypeKind.Null))
        {
            return argument;
        }

        return argument switch
        {
            ListExpr list => list.Elements.Select(e => UnsupportedAsString(e, check)).FirstOrDefault(e => e is not null),
            MapExpr map => map.Entries.SelectMany(e => (Expr[])[e.Key, e.Value]).Select(e => UnsupportedAsString(e, check)).FirstOrDefault(e => e is not null),
            _ => null,
        };
    }

    private static string Message(char verb, string type) => verb switch
    {
        's' => $"string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given {type}",
        'd' => $"decimal clause can only be used on ints, uints, and doubles, was given {type}",
        'f' => $"fixed-point clause can only be used on ints, uints, and doubles, was given {type}",
        'e' => $"scientific clause can only be used on ints, uints, and doubles, was given {type}",
        'b' => $"only ints, uints, and bools can be formatted as binary, was given {type}",
        'o' => $"octal clause can only be used on ints and uints, was given {type}",
        _ => $"only ints, uints, bytes, and strings can be formatted as hex, was given {type}",
    };
}
