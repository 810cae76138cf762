using System.Globalization;

using Rampart.Cel.Libraries.Extensions;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// A semantic version (semver.org 2.0.0) with the parsing rules and messages of blang/semver v4,
/// which the Kubernetes semver library uses, and its optional normalisation.
/// </summary>
public sealed class SemanticVersion : IComparable<SemanticVersion>, IEquatable<SemanticVersion>
{
    private const string Numbers = "0123456789";
    private const string AlphaNumeric = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private SemanticVersion(ulong major, ulong minor, ulong patch, IReadOnlyList<string> prerelease, IReadOnlyList<string> build)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Build = build;
    }

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    /// <summary>Dot-separated pre-release identifiers (after '-').</summary>
    public IReadOnlyList<string> Prerelease { get; }

    /// <summary>Dot-separated build metadata (after '+'); it takes no part in comparisons.</summary>
    public IReadOnlyList<string> Build { get; }

    /// <summary>Parses strictly, or after normalising (leading 'v', missing minor/patch, leading zeros).</summary>
    public static (SemanticVersion? Version, string? Error) Parse(string text, bool normalize = false) =>
        normalize ? ParseNormalized(text) : ParseStrict(text);

    private static (SemanticVersion?, string?) ParseNormalized(string text)
    {
        if (text.StartsWith('v'))
        {
            text = text[1..];
        }

        var parts = text.Split('.', 3).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Length > 1)
            {
                part = part.TrimStart('0');
                if (part.Length == 0 || !char.IsAsciiDigit(part[0]))
                {
                    part = "0" + part;
                }

                parts[i] = part;
            }
        }

        if (parts.Count < 3)
        {
            if (parts[^1].AsSpan().IndexOfAny('+', '-') >= 0)
            {
                return (null, "short version cannot contain PreRelease/Build meta data");
            }

            while (parts.Count < 3)
            {
                parts.Add("0");
            }
        }

        return ParseStrict(string.Join('.', parts));
    }

    private static (SemanticVersion?, string?) ParseStrict(string text)
    {
        if (text.Length == 0)
        {
            return (null, "Version string empty");
        }

        var parts = text.Split('.', 3);
        if (parts.Length != 3)
        {
            return (null, "No Major.Minor.Patch elements found");
        }

        if (ParseNumber(parts[0], "major", "Major") is { } majorError)
        {
            return (null, majorError.Error);
        }

        if (ParseNumber(parts[1], "minor", "Minor") is { } minorError)
        {
            return (null, minorError.Error);
        }

        var patchText = parts[2];
        var build = Array.Empty<string>();
        var prerelease = Array.Empty<string>();
        var plus = patchText.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = patchText[(plus + 1)..].Split('.');
            patchText = patchText[..plus];
        }

        var dash = patchText.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            prerelease = patchText[(dash + 1)..].Split('.');
            patchText = patchText[..dash];
        }

        if (ParseNumber(patchText, "patch", "Patch") is { } patchError)
        {
            return (null, patchError.Error);
        }

        foreach (var identifier in prerelease)
        {
            if (CheckPrerelease(identifier) is { } error)
            {
                return (null, error);
            }
        }

        foreach (var identifier in build)
        {
            if (identifier.Length == 0)
            {
                return (null, "Build meta data is empty");
            }

            if (!ContainsOnly(identifier, AlphaNumeric))
            {
                return (null, $"Invalid character(s) found in build meta data {GoQuote.Quote(identifier)}");
            }
        }

        var version = new SemanticVersion(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture),
            ulong.Parse(patchText, CultureInfo.InvariantCulture), prerelease, build);
        return (version, null);
    }

    private static NumberError? ParseNumber(string text, string lower, string title)
    {
        if (!ContainsOnly(text, Numbers))
        {
            return new($"Invalid character(s) found in {lower} number {GoQuote.Quote(text)}");
        }

        if (text.Length > 1 && text[0] == '0')
        {
            return new($"{title} number must not contain leading zeroes {GoQuote.Quote(text)}");
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null
            : new($"strconv.ParseUint: parsing {GoQuote.Quote(text)}: {(text.Length == 0 ? "invalid syntax" : "value out of range")}");
    }

    private static string? CheckPrerelease(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "Prerelease is empty";
        }

        if (ContainsOnly(identifier, Numbers))
        {
            if (identifier.Length > 1 && identifier[0] == '0')
            {
                return $"Numeric PreRelease version must not contain leading zeroes {GoQuote.Quote(identifier)}";
            }

            return ulong.TryParse(identifier, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? null
                : $"strconv.ParseUint: parsing {GoQuote.Quote(identifier)}: value out of range";
        }

        return ContainsOnly(identifier, AlphaNumeric) ? null : $"Invalid character(s) found in prerelease {GoQuote.Quote(identifier)}";
    }

    private static bool ContainsOnly(string text, string allowed)
    {
        foreach (var c in text)
        {
            if (!allowed.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Precedence per semver 2.0.0: numbers, then pre-release identifiers; build is ignored.</summary>
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = Major.CompareTo(other.Major);
        result = result != 0 ? result : Minor.CompareTo(other.Minor);
        result = result != 0 ? result : Patch.CompareTo(other.Patch);
        if (result != 0)
        {
            return Math.Sign(result);
        }

        if (Prerelease.Count == 0 || other.Prerelease.Count == 0)
        {
            return (Prerelease.Count == 0, other.Prerelease.Count == 0) switch
            {
                (true, true) => 0,
                (true, false) => 1,
                _ => -1,
            };
        }

        for (var i = 0; i < Prerelease.Count && i < other.Prerelease.Count; i++)
        {
            var compared = ComparePrerelease(Prerelease[i], other.Prerelease[i]);
            if (compared != 0)
            {
                return compared;
            }
        }

        return Math.Sign(Prerelease.Count.CompareTo(other.Prerelease.Count));
    }

    private static int ComparePrerelease(string left, string right)
    {
        var leftNumeric = ulong.TryParse(left, NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
        var rightNumeric = ulong.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
        return (leftNumeric, rightNumeric) switch
        {
            (true, true) => Math.Sign(leftNumber.CompareTo(rightNumber)),
            (true, false) => -1,
            (false, true) => 1,
            _ => Math.Sign(string.CompareOrdinal(left, right)),
        };
    }

    public bool Equals(SemanticVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is SemanticVersion other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, string.Join('.', Prerelease));

    /// <summary>The version text, as blang/semver prints it.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (Prerelease.Count > 0)
        {
            text += "-" + string.Join('.', Prerelease);
        }

        if (Build.Count > 0)
        {
            text += "+" + string.Join('.', Build);
        }

        return text;
    }

    private sealed record NumberError(string Error);

    public static bool operator ==(SemanticVersion? left, SemanticVersion? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SemanticVersion? left, SemanticVersion? right) => !(left == right);

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;
}
