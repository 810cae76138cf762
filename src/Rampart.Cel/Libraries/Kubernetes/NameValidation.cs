using System.Text;
using Rampart.Cel.Libraries.Kubernetes.Syntax;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The name validators of k8s.io/apimachinery (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label,
/// IsQualifiedName, IsValidLabelValue) with their exact error strings, over the shapes of <see cref="NameSyntax"/>.
/// Lengths count UTF-8 bytes.
/// </summary>
public static class NameValidation
{
    private const string Dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1123LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

    private const string Dns1123SubdomainFormat = Dns1123LabelFormat + "(\\." + Dns1123LabelFormat + ")*";
    private const string Dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

    private const string Dns1035LabelFormat = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private const string Dns1035LabelMessage =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

    private const string LabelKeyFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string LabelKeyMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private const string LabelValueFormat = "(" + LabelKeyFormat + ")?";
    private const string LabelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    public static List<string> Dns1123Label(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 63)
        {
            errors.Add(MaxLength(63));
        }

        if (!NameSyntax.IsDns1123LabelShape(value))
        {
            errors.Add(NameSyntax.IsDns1123SubdomainShape(value)
                ? "must not contain dots"
                : RegexError(Dns1123LabelMessage, Dns1123LabelFormat, "my-name", "123-abc"));
        }

        return errors;
    }

    public static List<string> Dns1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 253)
        {
            errors.Add(MaxLength(253));
        }

        if (!NameSyntax.IsDns1123SubdomainShape(value))
        {
            errors.Add(RegexError(Dns1123SubdomainMessage, Dns1123SubdomainFormat, "example.com"));
        }

        return errors;
    }

    public static List<string> Dns1035Label(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 63)
        {
            errors.Add(MaxLength(63));
        }

        if (!NameSyntax.IsDns1035LabelShape(value))
        {
            errors.Add(RegexError(Dns1035LabelMessage, Dns1035LabelFormat, "my-name", "abc-123"));
        }

        return errors;
    }

    /// <summary>A qualified name (label key): an optional DNS subdomain prefix and '/', then a name.</summary>
    public static List<string> QualifiedName(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                name = parts[1];
                if (parts[0].Length == 0)
                {
                    errors.Add("prefix part must be non-empty");
                }
                else
                {
                    errors.AddRange(Dns1123Subdomain(parts[0]).Select(m => "prefix part " + m));
                }

                break;
            default:
                errors.Add("a valid label key " + RegexError(LabelKeyMessage, LabelKeyFormat, "MyName", "my.name", "123-abc")
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
        }
        else if (ByteLength(name) > 63)
        {
            errors.Add("name part " + MaxLength(63));
        }

        if (!NameSyntax.IsQualifiedNamePartShape(name))
        {
            errors.Add("name part " + RegexError(LabelKeyMessage, LabelKeyFormat, "MyName", "my.name", "123-abc"));
        }

        return errors;
    }

    public static List<string> LabelValue(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 63)
        {
            errors.Add(MaxLength(63));
        }

        if (value.Length != 0 && !NameSyntax.IsQualifiedNamePartShape(value))
        {
            errors.Add(RegexError(LabelValueMessage, LabelValueFormat, "MyValue", "my_value", "12345"));
        }

        return errors;
    }

    /// <summary>Validates a name prefix (to which a generated suffix is appended) as apimachinery does.</summary>
    public static string MaskTrailingDash(string name) =>
        name.Length > 1 && name.EndsWith('-') ? name[..^2] + "a" : name;

    private static int ByteLength(string value) => Encoding.UTF8.GetByteCount(value);

    private static string MaxLength(int length) => $"must be no more than {length} characters";

    private static string RegexError(string message, string format, params string[] examples)
    {
        var builder = new StringBuilder(message).Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" or ");
            }

            builder.Append('\'').Append(examples[i]).Append("', ");
        }

        return builder.Append("regex used for validation is '").Append(format).Append("')").ToString();
    }
}
