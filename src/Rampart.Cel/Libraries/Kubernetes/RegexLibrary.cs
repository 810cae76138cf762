using Rampart.Cel.Functions;
using Rampart.Cel.Libraries.Standard;
using Rampart.Regex;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes regex library (<c>kubernetes.regex</c>): <c>s.find(re)</c>, <c>s.findAll(re)</c> and
/// <c>s.findAll(re, n)</c>, with RE2 syntax and linear-time matching. A literal pattern is compiled once,
/// when the expression is compiled, and an invalid one is a compile error.
/// </summary>
internal sealed class RegexLibrary : ICelLibrary
{
    public static RegexLibrary Instance { get; } = new();

    private static readonly CelType S = CelType.String;
    private static readonly CelCallCost Cost = CelCallCost.Search(0, 1, 0.25, textExtra: 1);

    public string Name => "kubernetes.regex";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddFunction("find", f => f
            .Member("string_find_string", S, S, S, (s, re) => Find(Text(s), Compile(Text(re))), Cost,
                prepare: constants => Prepare(constants, regex => CelPreparation.Replace((s, _) => Find(Text(s), regex)))))
        .AddFunction("findAll", f => f
            .Member("string_find_all_string", S, S, CelType.List(S), (s, re) => FindAll(Text(s), Compile(Text(re)), -1), Cost,
                prepare: constants => Prepare(constants, regex => CelPreparation.Replace((s, _) => FindAll(Text(s), regex, -1))))
            .Member("string_find_all_string_int", [S, S, CelType.Int], CelType.List(S), a => FindAll(Text(a[0]), Compile(Text(a[1])), ((CelInt)a[2]).Value), Cost,
                prepare: constants => Prepare(constants, regex => CelPreparation.Replace(a => FindAll(Text(a[0]), regex, ((CelInt)a[2]).Value)))));

    /// <summary>Compiles a literal pattern once; rejects an invalid one at compile time.</summary>
    private static CelPreparation Prepare(IReadOnlyList<CelValue?> constants, Func<Re2Regex, CelPreparation> replace)
    {
        if (constants.Count < 2 || constants[1] is not CelString pattern)
        {
            return CelPreparation.Unchanged;
        }

        var compiled = Compile(pattern.Value);
        return compiled is Re2Regex regex ? replace(regex) : CelPreparation.Fail(((CelError)compiled).Message);
    }

    /// <summary>The compiled pattern (cached, as for <c>matches</c>), or the error value naming why RE2 rejects it.</summary>
    internal static object Compile(string pattern) =>
        RegexSeam.Compile(pattern, out var error) is { } regex ? regex : new CelError(error!);

    private static CelValue Find(string text, object compiled)
    {
        if (compiled is not Re2Regex regex)
        {
            return (CelError)compiled;
        }

        // Only the whole match is wanted: tracking groups costs memory in proportion to program size times groups.
        return regex.TryFind(text, out var match) ? CelString.Of(text.Substring(match.Index, match.Length)) : CelString.Empty;
    }

    private static CelValue FindAll(string text, object compiled, long limit)
    {
        if (compiled is not Re2Regex regex)
        {
            return (CelError)compiled;
        }

        var items = new List<CelValue>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            if (limit >= 0 && items.Count >= limit)
            {
                break;
            }

            items.Add(CelString.Of(text.Substring(match.Index, match.Length)));
        }

        return CelList.Wrap([.. items]);
    }

    private static string Text(CelValue value) => ((CelString)value).Value;
}
