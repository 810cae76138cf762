using System.Globalization;

using System.Text.RegularExpressions;

namespace Rampart.Templates.Functions;

/// <summary>Masterminds/semver v3 constraints: <c>||</c> of <c>,</c>/space-separated ranges with =, !=, &gt;, &lt;, ~, ^, wildcards and hyphen ranges.</summary>
internal static partial class SemConstraint
{
    [GeneratedRegex(@"^\s*(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*v?([0-9xX*]+)(\.[0-9xX*]+)?(\.[0-9xX*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+[0-9A-Za-z\-.]+)?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex Single();

    [GeneratedRegex(@"^\s*(\S+)\s+-\s+(\S+)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex Hyphen();

    public static bool Check(string constraint, SemVersion v)
    {
        if (constraint.Length > 1024)
        {
            throw new TemplateFunctionException("improper constraint: " + constraint[..64]);
        }

        var anyGroup = false;
        foreach (var group in constraint.Split("||"))
        {
            var ok = true;
            foreach (var term in Terms(group, constraint))
            {
                ok &= term(v);
            }

            anyGroup |= ok;
        }

        return anyGroup;
    }

    private static List<Func<SemVersion, bool>> Terms(string group, string whole)
    {
        var h = Hyphen().Match(group);
        if (h.Success)
        {
            return [Term(">=" + h.Groups[1].Value, whole), Term("<=" + h.Groups[2].Value, whole)];
        }

        var parts = System.Text.RegularExpressions.Regex.Split(group.Trim(), @"\s*,\s*|\s+(?=[=!<>~^v0-9])", RegexOptions.None, TimeSpan.FromSeconds(1));
        var terms = new List<Func<SemVersion, bool>>();
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (i + 1 < parts.Length && System.Text.RegularExpressions.Regex.IsMatch(p, @"^(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                p += parts[++i];
            }

            terms.Add(Term(p, whole));
        }

        return terms;
    }

    private static Func<SemVersion, bool> Term(string text, string whole)
    {
        var m = Single().Match(text);
        if (!m.Success)
        {
            throw new TemplateFunctionException("improper constraint: " + whole);
        }

        var op = m.Groups[1].Value;
        static bool Wild(string s) => s is "x" or "X" or "*";
        var majorWild = Wild(m.Groups[2].Value);
        var minorText = m.Groups[3].Success ? m.Groups[3].Value[1..] : null;
        var patchText = m.Groups[4].Success ? m.Groups[4].Value[1..] : null;
        var minorDirty = minorText is null || Wild(minorText);
        var patchDirty = patchText is null || Wild(patchText);
        ulong N(string? s) => s is null || Wild(s) ? 0 : ulong.Parse(s, CultureInfo.InvariantCulture);
        var c = new SemVersion(majorWild ? 0 : N(m.Groups[2].Value), N(minorText), N(patchText), m.Groups[6].Value, "", text);
        var hasPre = c.Prerelease.Length > 0;
        bool PreOk(SemVersion v) => v.Prerelease.Length == 0 || hasPre;
        SemVersion Upper(bool byMajor) => byMajor ? new SemVersion(c.Major + 1, 0, 0, "", "", "") : new SemVersion(c.Major, c.Minor + 1, 0, "", "", "");
        if (majorWild)
        {
            return v => op is "" or "=" or ">=" or "=>" or "<=" or "=<" or "~" or "~>" or "^" && PreOk(v);
        }

        switch (op)
        {
            case "" or "=":
                if (minorDirty || patchDirty)
                {
                    var upper = Upper(minorDirty);
                    return v => PreOk(v) && v.CompareTo(c) >= 0 && v.CompareTo(upper) < 0;
                }

                return v => v.CompareTo(c) == 0;
            case "!=":
                if (minorDirty || patchDirty)
                {
                    var upper = Upper(minorDirty);
                    return v => PreOk(v) && !(v.CompareTo(c) >= 0 && v.CompareTo(upper) < 0);
                }

                return v => PreOk(v) && v.CompareTo(c) != 0;
            case ">":
                if (minorDirty || patchDirty)
                {
                    var upper = Upper(minorDirty);
                    return v => PreOk(v) && v.CompareTo(upper) >= 0;
                }

                return v => PreOk(v) && v.CompareTo(c) > 0;
            case ">=" or "=>":
                return v => PreOk(v) && v.CompareTo(c) >= 0;
            case "<":
                return v => PreOk(v) && v.CompareTo(c) < 0;
            case "<=" or "=<":
                if (minorDirty || patchDirty)
                {
                    var upper = Upper(minorDirty);
                    return v => PreOk(v) && v.CompareTo(upper) < 0;
                }

                return v => PreOk(v) && v.CompareTo(c) <= 0;
            case "~" or "~>":
                {
                    var upper = m.Groups[3].Success && !minorDirty ? Upper(false) : Upper(true);
                    return v => PreOk(v) && v.CompareTo(c) >= 0 && v.CompareTo(upper) < 0;
                }

            default:
                {
                    var upper = c.Major > 0 || minorDirty ? Upper(true)
                        : c.Minor > 0 || patchDirty ? new SemVersion(0, c.Minor + 1, 0, "", "", "")
                        : new SemVersion(0, 0, c.Patch + 1, "", "", "");
                    return v => PreOk(v) && v.CompareTo(c) >= 0 && v.CompareTo(upper) < 0;
                }
        }
    }
}
