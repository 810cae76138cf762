using System.Text;

namespace Rampart.Loading;

/// <summary>
/// Resolves scalars the way Kubernetes reads YAML (sigs.k8s.io/yaml over go-yaml v2, YAML 1.1 rules): quoted
/// and block scalars are strings unless tagged; plain scalars are looked up by their first character
/// (<c>yYnNtTfFoO~</c> in a fixed table, a digit or sign as an int, float or timestamp, a dot as a float).
/// Timestamps stay strings, as go-yaml v2 hands them to an untyped target. See docs/loading.md.
/// </summary>
internal static class ScalarResolver
{
    public const string StrTag = "!!str";
    public const string IntTag = "!!int";
    public const string FloatTag = "!!float";
    public const string BoolTag = "!!bool";
    public const string NullTag = "!!null";
    public const string TimestampTag = "!!timestamp";
    public const string BinaryTag = "!!binary";
    public const string MergeTag = "!!merge";

    /// <param name="text">The scalar's text after escapes.</param>
    /// <param name="plain">True for a plain (unquoted, non-block) scalar.</param>
    /// <param name="tag">The explicit tag in short form (<c>!!int</c>, <c>!foo</c>, <c>!</c>), or null.</param>
    public static ScalarResolution Resolve(string text, bool plain, string? tag)
    {
        if (tag is null)
        {
            if (!plain)
            {
                return ScalarResolution.String;
            }

            var resolved = ResolveUntagged(text, allowTimestamp: true, out _);
            resolved.Ambiguity = AmbiguousValues.Describe(text, resolved);
            return resolved;
        }

        switch (tag)
        {
            case StrTag:
                return ScalarResolution.String;
            case BinaryTag:
                return DecodeBinary(text);
            case IntTag or FloatTag or BoolTag or NullTag or TimestampTag:
                return ResolveTagged(text, tag);
            default:
                // Custom and non-specific tags: go-yaml v2 hands the text over unresolved.
                return ScalarResolution.String;
        }
    }

    /// <summary>go-yaml v2's resolve() for a value without a tag; <paramref name="timestamp"/> says it looked like one.</summary>
    private static ScalarResolution ResolveUntagged(string text, bool allowTimestamp, out bool timestamp)
    {
        timestamp = false;
        if (text.Length == 0)
        {
            return new ScalarResolution { Kind = ScalarKind.Null };
        }

        var first = text[0];
        switch (first)
        {
            case 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~':
                return LookUp(text, out var fixedValue) ? fixedValue : ScalarResolution.String;
            case '.':
                if (LookUp(text, out fixedValue))
                {
                    return fixedValue;
                }

                return ParseDotFloat(text);
            case '+' or '-' or (>= '0' and <= '9'):
                if (LookUp(text, out fixedValue))
                {
                    return fixedValue;
                }

                if (allowTimestamp && YamlTimestamp.IsTimestamp(text))
                {
                    timestamp = true;
                    return ScalarResolution.String;
                }

                return ParseNumber(text);
            default:
                return ScalarResolution.String;
        }
    }

    private static ScalarResolution ResolveTagged(string text, string tag)
    {
        var resolved = ResolveUntagged(text, allowTimestamp: tag == TimestampTag, out var timestamp);
        var resolvedTag = timestamp ? TimestampTag : TagOf(resolved.Kind);
        if (resolvedTag == tag)
        {
            return resolved;
        }

        if (tag == FloatTag && resolved.Kind == ScalarKind.Int)
        {
            return new ScalarResolution
            {
                Kind = ScalarKind.Float,
                Float = resolved.IsUnsigned ? resolved.UInt : resolved.Int,
            };
        }

        return new ScalarResolution
        {
            Kind = ScalarKind.String,
            TagError = $"cannot read {resolvedTag} `{Shorten(text)}` as {tag}",
        };
    }

    private static string TagOf(ScalarKind kind) => kind switch
    {
        ScalarKind.Null => NullTag,
        ScalarKind.Bool => BoolTag,
        ScalarKind.Int => IntTag,
        ScalarKind.Float => FloatTag,
        _ => StrTag,
    };

    private static bool LookUp(string text, out ScalarResolution value)
    {
        value = text switch
        {
            "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON" =>
                new ScalarResolution { Kind = ScalarKind.Bool, Bool = true },
            "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF" =>
                new ScalarResolution { Kind = ScalarKind.Bool, Bool = false },
            "~" or "null" or "Null" or "NULL" => new ScalarResolution { Kind = ScalarKind.Null },
            ".nan" or ".NaN" or ".NAN" => new ScalarResolution { Kind = ScalarKind.Float, Float = double.NaN },
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" =>
                new ScalarResolution { Kind = ScalarKind.Float, Float = double.PositiveInfinity },
            "-.inf" or "-.Inf" or "-.INF" => new ScalarResolution { Kind = ScalarKind.Float, Float = double.NegativeInfinity },
            _ => ScalarResolution.String,
        };
        return value.Kind != ScalarKind.String;
    }

    /// <summary>A value starting with a dot: Go's ParseFloat on the text as written.</summary>
    private static ScalarResolution ParseDotFloat(string text)
    {
        if (text.Contains('_', StringComparison.Ordinal))
        {
            if (!GoNumbers.UnderscoresOk(text))
            {
                return ScalarResolution.String;
            }

            text = text.Replace("_", "", StringComparison.Ordinal);
        }

        return GoNumbers.IsYamlFloat(text) && GoNumbers.TryParseFiniteDouble(text, out var d)
            ? new ScalarResolution { Kind = ScalarKind.Float, Float = d }
            : ScalarResolution.String;
    }

    /// <summary>A value starting with a digit or sign: int, then uint, then float, then go-yaml's own 0b forms.</summary>
    private static ScalarResolution ParseNumber(string text)
    {
        ReadOnlySpan<char> plain = text.Contains('_', StringComparison.Ordinal)
            ? text.Replace("_", "", StringComparison.Ordinal)
            : text;

        if (GoNumbers.TryParseInt(plain, out var i))
        {
            return new ScalarResolution { Kind = ScalarKind.Int, Int = i };
        }

        if (GoNumbers.TryParseUInt(plain, out var u))
        {
            return new ScalarResolution { Kind = ScalarKind.Int, UInt = u, IsUnsigned = true };
        }

        if (GoNumbers.IsYamlFloat(plain) && GoNumbers.TryParseFiniteDouble(plain, out var d))
        {
            return new ScalarResolution { Kind = ScalarKind.Float, Float = d };
        }

        // go-yaml v2 also tries the digits after "0b" in base 2 (which lets a sign through: 0b-101).
        if (plain.StartsWith("0b"))
        {
            if (GoNumbers.TryParseIntRadix(plain[2..], 2, out i))
            {
                return new ScalarResolution { Kind = ScalarKind.Int, Int = i };
            }

            if (GoNumbers.TryParseUIntRadix(plain[2..], 2, out u))
            {
                return new ScalarResolution { Kind = ScalarKind.Int, UInt = u, IsUnsigned = true };
            }
        }

        return ScalarResolution.String;
    }

    private static ScalarResolution DecodeBinary(string text)
    {
        // Go's base64.StdEncoding skips line breaks only; anything else outside the alphabet is an error.
        var compact = text.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
        var bytes = new byte[(compact.Length / 4 * 3) + 3];
        if (compact.AsSpan().IndexOfAny(' ', '\t') < 0 && compact.Length % 4 == 0
            && Convert.TryFromBase64String(compact, bytes, out var written))
        {
            return new ScalarResolution { Kind = ScalarKind.String, Text = Encoding.UTF8.GetString(bytes, 0, written) };
        }

        return new ScalarResolution { Kind = ScalarKind.String, TagError = "!!binary value is not valid base64" };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
