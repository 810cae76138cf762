using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>Word splitting for snakecase, kebabcase and camelcase (huandu/xstrings semantics for common inputs).</summary>
internal static class CaseWords
{
    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0 && char.IsUpper(c))
            {
                var prev = current[^1];
                var nextLower = i + 1 < s.Length && char.IsLower(s[i + 1]);
                if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextLower))
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    public static string Snake(string s, char sep) => string.Join(sep, Words(s).Select(w => w.ToLowerInvariant()));

    public static string Pascal(string s)
    {
        var sb = new StringBuilder();
        var lead = s.Length - s.TrimStart('_').Length;
        sb.Append('_', lead);
        foreach (var part in s.Split(['_', ' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return sb.ToString();
    }
}
