using System.Globalization;
using Rampart.Templates.Values;

using System.Text.RegularExpressions;

namespace Rampart.Templates.Functions;

/// <summary>A semantic version as Masterminds/semver v3 reads it (lenient: <c>v</c> prefix, missing minor or patch).</summary>
internal sealed partial record SemVersion(ulong Major, ulong Minor, ulong Patch, string Prerelease, string Metadata, string Original) : IGoValue
{
    public static readonly GoType Type = new("semver.Version", GoKind.Struct);
    public static readonly GoType PointerType = GoTypes.PointerTo(Type);

    static SemVersion()
    {
        Type.WithMethods(
            M("Major", [], GoTypes.Uint64, (v, _) => GoNumber.Unsigned(GoTypes.Uint64, v.Major)),
            M("Minor", [], GoTypes.Uint64, (v, _) => GoNumber.Unsigned(GoTypes.Uint64, v.Minor)),
            M("Patch", [], GoTypes.Uint64, (v, _) => GoNumber.Unsigned(GoTypes.Uint64, v.Patch)),
            M("Prerelease", [], GoTypes.String, (v, _) => v.Prerelease),
            M("Metadata", [], GoTypes.String, (v, _) => v.Metadata),
            M("Original", [], GoTypes.String, (v, _) => v.Original),
            M("String", [], GoTypes.String, (v, _) => v.ToString()),
            M("Compare", [PointerType], GoTypes.Int, (v, a) => (long)v.CompareTo(Arg(a))),
            M("LessThan", [PointerType], GoTypes.Bool, (v, a) => v.CompareTo(Arg(a)) < 0),
            M("GreaterThan", [PointerType], GoTypes.Bool, (v, a) => v.CompareTo(Arg(a)) > 0),
            M("Equal", [PointerType], GoTypes.Bool, (v, a) => v.CompareTo(Arg(a)) == 0),
            M("IncMajor", [], Type, (v, _) => new SemVersion(v.Major + 1, 0, 0, "", "", $"{v.Major + 1}.0.0")),
            M("IncMinor", [], Type, (v, _) => new SemVersion(v.Major, v.Minor + 1, 0, "", "", $"{v.Major}.{v.Minor + 1}.0")),
            M("IncPatch", [], Type, (v, _) => new SemVersion(v.Major, v.Minor, v.Patch + 1, "", "", $"{v.Major}.{v.Minor}.{v.Patch + 1}")));
    }

    public GoType GoType => Type;

    private static SemVersion Arg(object?[] a) => a[0] is GoPointer { Target: SemVersion v } ? v : throw new TemplateFunctionException("nil version");

    private static GoMethod M(string name, GoType[] args, GoType result, Func<SemVersion, object?[], object?> body) =>
        new(name, args, false, result, false, (r, a) => body((SemVersion)r, a));

    [GeneratedRegex(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$", RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex VersionPattern();

    public static SemVersion? Parse(string s)
    {
        if (s.Length > 256)
        {
            return null;
        }

        var m = VersionPattern().Match(s);
        if (!m.Success || !ulong.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var major))
        {
            return null;
        }

        ulong minor = 0, patch = 0;
        if (m.Groups[2].Success && !ulong.TryParse(m.Groups[2].Value[1..], CultureInfo.InvariantCulture, out minor))
        {
            return null;
        }

        if (m.Groups[3].Success && !ulong.TryParse(m.Groups[3].Value[1..], CultureInfo.InvariantCulture, out patch))
        {
            return null;
        }

        var pre = m.Groups[5].Value;
        if (pre.Split('.').Any(p => p.Length > 1 && p[0] == '0' && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return new SemVersion(major, minor, patch, pre, m.Groups[8].Value, s);
    }

    public override string ToString() =>
        $"{Major}.{Minor}.{Patch}" + (Prerelease.Length > 0 ? "-" + Prerelease : "") + (Metadata.Length > 0 ? "+" + Metadata : "");

    public int CompareTo(SemVersion o)
    {
        var c = Major.CompareTo(o.Major);
        if (c == 0)
        {
            c = Minor.CompareTo(o.Minor);
        }

        if (c == 0)
        {
            c = Patch.CompareTo(o.Patch);
        }

        return c != 0 ? Math.Sign(c) : ComparePre(Prerelease, o.Prerelease);
    }

    private static int ComparePre(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0)
        {
            return 1;
        }

        if (b.Length == 0)
        {
            return -1;
        }

        var pa = a.Split('.');
        var pb = b.Split('.');
        for (var i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            if (i >= pa.Length)
            {
                return -1;
            }

            if (i >= pb.Length)
            {
                return 1;
            }

            var na = ulong.TryParse(pa[i], CultureInfo.InvariantCulture, out var ia);
            var nb = ulong.TryParse(pb[i], CultureInfo.InvariantCulture, out var ib);
            var c = (na, nb) switch
            {
                (true, true) => ia.CompareTo(ib),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(pa[i], pb[i]),
            };
            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return 0;
    }
}
