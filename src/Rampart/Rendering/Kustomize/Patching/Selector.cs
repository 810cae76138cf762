namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// Kubernetes label selectors in their text form: <c>a=b</c>, <c>a==b</c>, <c>a!=b</c>, <c>a in (x,y)</c>,
/// <c>a notin (x)</c>, <c>a</c>, <c>!a</c>, joined by commas.
/// </summary>
internal static class Selector
{
    /// <summary>The tests of a selector, or null when it does not parse (empty text: null tests, which select all).</summary>
    public static List<Func<IReadOnlyDictionary<string, string>, bool>>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tests = new List<Func<IReadOnlyDictionary<string, string>, bool>>();
        foreach (var term in Split(text))
        {
            var part = term.Trim();
            if (part.Length == 0)
            {
                return null;
            }

            var lower = part;
            int at;
            if ((at = lower.IndexOf(" notin ", StringComparison.Ordinal)) > 0)
            {
                var (key, values) = (part[..at].Trim(), Set(part[(at + 7)..]));
                tests.Add(l => !l.TryGetValue(key, out var v) || !values.Contains(v));
            }
            else if ((at = lower.IndexOf(" in ", StringComparison.Ordinal)) > 0)
            {
                var (key, values) = (part[..at].Trim(), Set(part[(at + 4)..]));
                tests.Add(l => l.TryGetValue(key, out var v) && values.Contains(v));
            }
            else if ((at = part.IndexOf("!=", StringComparison.Ordinal)) > 0)
            {
                var (key, value) = (part[..at].Trim(), part[(at + 2)..].Trim());
                tests.Add(l => !l.TryGetValue(key, out var v) || v != value);
            }
            else if ((at = part.IndexOf('=', StringComparison.Ordinal)) > 0)
            {
                var key = part[..at].Trim();
                var value = part[(at + 1)..].TrimStart('=').Trim();
                tests.Add(l => l.TryGetValue(key, out var v) && v == value);
            }
            else if (part.StartsWith('!'))
            {
                var key = part[1..].Trim();
                tests.Add(l => !l.ContainsKey(key));
            }
            else
            {
                tests.Add(l => l.ContainsKey(part));
            }
        }

        return tests;
    }

    private static HashSet<string> Set(string text) =>
        [.. text.Trim().TrimStart('(').TrimEnd(')').Split(',').Select(v => v.Trim())];

    /// <summary>Splits at commas outside parentheses.</summary>
    private static IEnumerable<string> Split(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
