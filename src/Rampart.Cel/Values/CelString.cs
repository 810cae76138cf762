namespace Rampart.Cel.Values;

/// <summary>A Unicode string. CEL counts code points (<c>size('é😀') == 2</c>); see <see cref="CodePointCount"/>.</summary>
public sealed class CelString(string value) : CelValue
{
    private int codePoints = -1;

    public static CelString Empty { get; } = new(string.Empty);

    public string Value { get; } = value;

    public override CelType Type => CelType.String;

    /// <summary>The number of Unicode code points (surrogate pairs count once).</summary>
    public int CodePointCount
    {
        get
        {
            if (codePoints < 0)
            {
                codePoints = CountCodePoints(Value);
            }

            return codePoints;
        }
    }

    public static CelString Of(string value) => value.Length == 0 ? Empty : new CelString(value);

    public override bool CelEquals(CelValue other) => other is CelString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int CelHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The string itself, unquoted.</summary>
    public override string ToString() => Value;

    internal static int CountCodePoints(string s)
    {
        var count = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
