namespace Rampart.Schemas;

/// <summary>The syntax rules of Kubernetes names, label keys and values, and annotation keys.</summary>
public static class NameSyntax
{
    /// <summary>RFC 1123 DNS subdomain: at most 253 characters, lower-case alphanumeric labels joined by dots and dashes.</summary>
    public static bool IsDnsSubdomain(string name)
    {
        if (name.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!IsDnsLabelBody(part, allowUpper: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RFC 1123 DNS label: at most 63 lower-case alphanumerics and dashes, alphanumeric at both ends.</summary>
    public static bool IsDnsLabel(string name) => name.Length <= 63 && IsDnsLabelBody(name, allowUpper: false);

    /// <summary>RFC 1035 DNS label: a DNS label that starts with a letter (Service names).</summary>
    public static bool IsDns1035Label(string name) => IsDnsLabel(name) && char.IsAsciiLetterLower(name[0]);

    /// <summary>A name that can be a URL path segment (RBAC objects): not <c>.</c> or <c>..</c>, without <c>/</c> or <c>%</c>.</summary>
    public static bool IsPathSegmentName(string name) =>
        name.Length > 0 && name is not "." and not ".." && name.IndexOfAny(['/', '%']) < 0;

    /// <summary>A label value: empty, or at most 63 alphanumerics, <c>-</c>, <c>_</c> and <c>.</c>, alphanumeric at both ends.</summary>
    public static bool IsLabelValue(string value) => value.Length == 0 || IsQualifiedNamePart(value);

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and <c>/</c>, then a name as for <see cref="IsLabelValue"/>.</summary>
    public static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return IsQualifiedNamePart(key);
        }

        return IsDnsSubdomain(key[..slash]) && IsQualifiedNamePart(key[(slash + 1)..]);
    }

    private static bool IsQualifiedNamePart(string name)
    {
        if (name.Length is 0 or > 63 || !char.IsAsciiLetterOrDigit(name[0]) || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDnsLabelBody(string label, bool allowUpper)
    {
        if (label.Length is 0 or > 63)
        {
            return false;
        }

        bool Alnum(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || (allowUpper && char.IsAsciiLetterUpper(c));
        if (!Alnum(label[0]) || !Alnum(label[^1]))
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!Alnum(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
