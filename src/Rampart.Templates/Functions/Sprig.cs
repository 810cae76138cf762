using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>The Sprig function library as Helm installs it (without <c>env</c> and <c>expandenv</c>).</summary>
public static class Sprig
{
    private static readonly Lazy<IReadOnlyDictionary<string, GoFunction>> Lazy = new(Build);

    public static IReadOnlyDictionary<string, GoFunction> Functions => Lazy.Value;

    private static Dictionary<string, GoFunction> Build()
    {
        var t = new Dictionary<string, GoFunction>(StringComparer.Ordinal);
        SprigStrings.AddTo(t);
        SprigLists.AddTo(t);
        SprigDicts.AddTo(t);
        SprigMath.AddTo(t);
        SprigTypes.AddTo(t);
        SprigEncoding.AddTo(t);
        SprigSemver.AddTo(t);
        SprigDates.AddTo(t);
        return t;
    }
}
