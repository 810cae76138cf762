namespace Rampart.Cel.Libraries.Kubernetes.Syntax;

/// <summary>
/// The syntax of Kubernetes names, label keys and values, and annotation keys, as k8s.io/apimachinery checks them
/// (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue, ValidatePathSegmentName).
/// The one implementation behind schema validation's metadata checks and CEL's <c>format.*</c> validators
/// (<see cref="NameValidation"/>, which adds the API server's messages). Every valid name is ASCII, so lengths in
/// characters are lengths in bytes.
/// </summary>
public static class NameSyntax
{
    /// <summary>RFC 1123 DNS label: at most 63 lower-case alphanumerics and dashes, alphanumeric at both ends.</summary>
    public static bool IsDns1123Label(string name) => name.Length <= 63 && IsDns1123LabelShape(name);

    /// <summary>RFC 1123 DNS subdomain: at most 253 characters, DNS labels joined by dots.</summary>
    public static bool IsDns1123Subdomain(string name) => name.Length <= 253 && IsDns1123SubdomainShape(name);

    /// <summary>RFC 1035 DNS label: a DNS label that starts with a letter (Service names).</summary>
    public static bool IsDns1035Label(string name) => name.Length <= 63 && IsDns1035LabelShape(name);

    /// <summary>A label value: empty, or at most 63 alphanumerics, <c>-</c>, <c>_</c> and <c>.</c>, alphanumeric at both ends.</summary>
    public static bool IsLabelValue(string value) => value.Length == 0 || IsQualifiedNamePart(value);

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and <c>/</c>, then a name as for <see cref="IsLabelValue"/>.</summary>
    public static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? IsQualifiedNamePart(key)
            : slash > 0 && IsDns1123Subdomain(key[..slash]) && IsQualifiedNamePart(key[(slash + 1)..]);
    }

    /// <summary>A name that can be a URL path segment (RBAC objects): not <c>.</c> or <c>..</c>, without <c>/</c> or <c>%</c>.</summary>
    public static bool IsPathSegmentName(string name) =>
        name.Length > 0 && name is not "." and not ".." && name.IndexOfAny(['/', '%']) < 0;

    /// <summary>The characters of a qualified name's name part (or a label value), whatever its length.</summary>
    public static bool IsQualifiedNamePartShape(string name) =>
        IsShaped(name, char.IsAsciiLetterOrDigit, char.IsAsciiLetterOrDigit, static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The characters of a DNS-1123 label, whatever its length.</summary>
    public static bool IsDns1123LabelShape(string name) => IsShaped(name, IsLowerAlphanumeric, IsLowerAlphanumeric, IsLowerAlphanumericOrDash);

    /// <summary>The characters of a DNS-1123 subdomain, whatever its length.</summary>
    public static bool IsDns1123SubdomainShape(string name)
    {
        foreach (var label in name.Split('.'))
        {
            if (!IsDns1123LabelShape(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters of a DNS-1035 label, whatever its length.</summary>
    public static bool IsDns1035LabelShape(string name) => IsShaped(name, char.IsAsciiLetterLower, IsLowerAlphanumeric, IsLowerAlphanumericOrDash);

    private static bool IsQualifiedNamePart(string name) => name.Length <= 63 && IsQualifiedNamePartShape(name);

    private static bool IsShaped(string value, Func<char, bool> first, Func<char, bool> last, Func<char, bool> middle)
    {
        if (value.Length == 0 || !first(value[0]) || !last(value[^1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            if (!middle(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool IsLowerAlphanumericOrDash(char c) => IsLowerAlphanumeric(c) || c == '-';
}
