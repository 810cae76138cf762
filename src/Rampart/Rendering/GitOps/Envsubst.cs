using System.Text;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// Flux's post-build substitution on one piece of text: <c>${var}</c>, <c>${var:=default}</c> and <c>${var:-default}</c>
/// (the default when the variable is unset or empty), <c>${var=default}</c> and <c>${var-default}</c> (only when unset),
/// <c>$${var}</c> for a literal <c>${var}</c>. <c>$var</c> without braces is left alone, as Flux leaves it. A variable
/// that is not defined becomes the empty string, as Flux does unless its strict mode is on.
/// </summary>
public static class Envsubst
{
    /// <summary>What substitution made of a text: the text, the first variable whose definition it used, or an error.</summary>
    public sealed record Result(string Text, FluxVariable? Source, string? Error, bool Changed);

    public static Result Apply(string text, IReadOnlyDictionary<string, FluxVariable> variables)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return new Result(text, null, null, false);
        }

        var sb = new StringBuilder(text.Length);
        FluxVariable? source = null;
        var changed = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '$' || i + 1 >= text.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (text[i + 1] == '$' && i + 2 < text.Length && text[i + 2] == '{')
            {
                sb.Append('$');
                i += 2;
                changed = true;
                continue;
            }

            if (text[i + 1] != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var close = Closing(text, i + 2);
            if (close < 0)
            {
                return new Result(text, null, $"missing closing brace in '{Excerpt(text, i)}'", false);
            }

            var body = text[(i + 2)..close];
            var nameEnd = 0;
            while (nameEnd < body.Length && IsNameChar(body[nameEnd]))
            {
                nameEnd++;
            }

            var name = body[..nameEnd];
            if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            {
                return new Result(text, null, $"bad substitution '${{{body}}}'", false);
            }

            var defined = variables.TryGetValue(name, out var variable);
            string value;
            var op = body[nameEnd..];
            if (op.Length == 0)
            {
                value = variable?.Value ?? "";
            }
            else if (op.StartsWith(":=", StringComparison.Ordinal) || op.StartsWith(":-", StringComparison.Ordinal))
            {
                var useDefault = !defined || variable!.Value.Length == 0;
                value = useDefault ? op[2..] : variable!.Value;
                defined = !useDefault;
            }
            else if (op[0] is '=' or '-')
            {
                value = defined ? variable!.Value : op[1..];
            }
            else
            {
                return new Result(text, null, $"unsupported substitution '${{{body}}}': Rampart substitutes ${{var}}, ${{var:=default}}, ${{var:-default}}, ${{var=default}} and ${{var-default}}", false);
            }

            if (defined && source is null)
            {
                source = variable;
            }

            sb.Append(value);
            changed = true;
            i = close + 1;
        }

        return new Result(sb.ToString(), source, null, changed);
    }

    /// <summary>Whether <paramref name="name"/> is a name Flux accepts for a variable (<c>^[_[:alpha:]][_[:alpha:][:digit:]]*$</c>).</summary>
    public static bool IsValidName(string name) =>
        name.Length > 0 && (name[0] == '_' || char.IsAsciiLetter(name[0])) && name.All(IsNameChar);

    private static bool IsNameChar(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    /// <summary>The index of the brace closing a <c>${</c> whose body starts at <paramref name="start"/>, counting nested ones.</summary>
    private static int Closing(string text, int start)
    {
        var depth = 1;
        for (var j = start; j < text.Length; j++)
        {
            if (text[j] == '{')
            {
                depth++;
            }
            else if (text[j] == '}' && --depth == 0)
            {
                return j;
            }
        }

        return -1;
    }

    private static string Excerpt(string text, int at) => text.Length - at > 40 ? string.Concat(text.AsSpan(at, 40), "…") : text[at..];
}
