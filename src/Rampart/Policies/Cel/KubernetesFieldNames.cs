using System.Text;

namespace Rampart.Policies.Cel;

/// <summary>
/// The escaping Kubernetes applies to property names used as CEL fields: <c>__</c> for <c>_</c>,
/// <c>__dot__</c>, <c>__dash__</c>, <c>__slash__</c>, and <c>__{keyword}__</c> for CEL reserved words.
/// </summary>
internal static class KubernetesFieldNames
{
    public static string Unescape(string name)
    {
        var sb = new StringBuilder(name.Length);
        var i = 0;
        while (i < name.Length)
        {
            if (name[i] == '_' && i + 1 < name.Length && name[i + 1] == '_')
            {
                var close = name.IndexOf("__", i + 2, StringComparison.Ordinal);
                if (close > i + 2)
                {
                    var word = name[(i + 2)..close];
                    var replacement = word switch
                    {
                        "underscores" => "__",
                        "dot" => ".",
                        "dash" => "-",
                        "slash" => "/",
                        _ => IsReserved(word) ? word : null,
                    };
                    if (replacement is not null)
                    {
                        sb.Append(replacement);
                        i = close + 2;
                        continue;
                    }
                }
            }

            sb.Append(name[i]);
            i++;
        }

        return sb.ToString();
    }

    private static bool IsReserved(string word) => word is "true" or "false" or "null" or "in" or "as" or "break" or "const"
        or "continue" or "else" or "for" or "function" or "if" or "import" or "let" or "loop" or "package" or "namespace"
        or "return" or "var" or "void" or "while";
}
