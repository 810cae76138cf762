namespace Rampart.Schemas;

/// <summary>
/// The syntax of a Kubernetes resource quantity: an optionally signed decimal number (<c>1</c>, <c>1.5</c>,
/// <c>.5</c>, <c>5.</c>) followed by a binary SI suffix (<c>Ki Mi Gi Ti Pi Ei</c>), a decimal SI suffix
/// (<c>n u m k M G T P E</c>, or none), or a decimal exponent (<c>e3</c>, <c>E-2</c>).
/// </summary>
public static class Quantity
{
    public static bool IsValid(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        return digits > 0 && IsSuffix(text.AsSpan(i));
    }

    private static bool IsSuffix(ReadOnlySpan<char> suffix)
    {
        switch (suffix.Length)
        {
            case 0:
                return true;
            case 1:
                return suffix[0] is 'n' or 'u' or 'm' or 'k' or 'M' or 'G' or 'T' or 'P' or 'E';
            case 2 when suffix[1] == 'i':
                return suffix[0] is 'K' or 'M' or 'G' or 'T' or 'P' or 'E';
        }

        if (suffix[0] is not ('e' or 'E'))
        {
            return false;
        }

        var exponent = suffix[1..];
        if (exponent.Length > 0 && exponent[0] is '+' or '-')
        {
            exponent = exponent[1..];
        }

        if (exponent.Length == 0)
        {
            return false;
        }

        foreach (var c in exponent)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
