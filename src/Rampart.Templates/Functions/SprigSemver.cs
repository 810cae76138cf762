using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's semver and semverCompare.</summary>
internal static class SprigSemver
{
    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Make("semver", [Str], SemVersion.PointerType, a => new GoPointer(SemVersion.PointerType, Parse((string)a[0]!))));
        t.Add(Make("semverCompare", [Str, Str], Bool, a =>
        {
            var constraint = (string)a[0]!;
            var v = Parse((string)a[1]!);
            return SemConstraint.Check(constraint, v);
        }));
    }

    private static SemVersion Parse(string s) => SemVersion.Parse(s) ?? throw new TemplateFunctionException("invalid semantic version");
}
