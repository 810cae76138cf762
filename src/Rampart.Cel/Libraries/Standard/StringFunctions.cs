using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Standard;

/// <summary><c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and <c>matches</c> (linear-time regular expressions).</summary>
internal static class StringFunctions
{
    public static void Register(CelEnvironmentBuilder builder)
    {
        CelType s = CelType.String, b = CelType.Bool;
        var scan = CelCallCost.PerSize(0, 0.1);
        builder
            .AddFunction("contains", f => f.Member("contains_string", s, s, b, (x, y) => CelBool.Of(((CelString)x).Value.Contains(((CelString)y).Value, StringComparison.Ordinal)), CelCallCost.Search(0, 1, 0.1)))
            .AddFunction("startsWith", f => f.Member("starts_with_string", s, s, b, (x, y) => CelBool.Of(((CelString)x).Value.StartsWith(((CelString)y).Value, StringComparison.Ordinal)), scan))
            .AddFunction("endsWith", f => f.Member("ends_with_string", s, s, b, (x, y) => CelBool.Of(((CelString)x).Value.EndsWith(((CelString)y).Value, StringComparison.Ordinal)), scan));
        // As Kubernetes charges it: a tenth per character of text (plus one) times a quarter per character of pattern.
        var regexCost = CelCallCost.Search(0, 1, 0.25, textExtra: 1);
        builder.AddFunction("matches", f => f
            .Global("matches", s, s, b, Matches, regexCost, PrepareMatches)
            .Member("matches_string", s, s, b, Matches, regexCost, PrepareMatches));
    }

    private static CelValue Matches(CelValue text, CelValue pattern)
    {
        var regex = RegexSeam.Compile(((CelString)pattern).Value, out var error);
        return regex is null ? new CelError(error!) : CelBool.Of(regex.IsMatch(((CelString)text).Value));
    }

    /// <summary>A literal pattern is compiled once, and an invalid one is a compile error.</summary>
    private static CelPreparation PrepareMatches(IReadOnlyList<CelValue?> constants)
    {
        if (constants[1] is not CelString pattern)
        {
            return CelPreparation.Unchanged;
        }

        var regex = RegexSeam.Compile(pattern.Value, out var error);
        return regex is null
            ? CelPreparation.Fail(error!)
            : CelPreparation.Replace((text, _) => CelBool.Of(regex.IsMatch(((CelString)text).Value)));
    }
}
