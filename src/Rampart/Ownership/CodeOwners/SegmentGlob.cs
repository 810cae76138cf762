namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A glob for one path segment (no <c>/</c> inside): <c>*</c> any run, <c>?</c> one character, <c>\x</c>
/// literal x, and with <paramref name="brackets"/> a <c>[...]</c> set as Ruby's <c>File.fnmatch</c> reads it
/// (without, <c>[</c> is an ordinary character, as on GitHub). Matching walks the text once per star at most
/// (the classic last-star backtracking), so it stays polynomial whatever the pattern.
/// </summary>
internal sealed class SegmentGlob
{
    private readonly Part[] parts;

    public SegmentGlob(string segment, bool brackets)
    {
        Text = segment;
        if (segment.AsSpan().IndexOfAny(brackets ? "\\*?[" : "\\*?") < 0)
        {
            // Plain text: compared as a whole, no parts needed.
            parts = [];
            Literal = segment;
            return;
        }

        var list = new List<Part>(segment.Length);
        Never = !Parse(segment, brackets, list);
        parts = [.. list];
        Literal = Never || list.Exists(p => p.Kind != PartKind.Literal) ? null : new string([.. list.Select(p => p.Char)]);
    }

    public string Text { get; }

    /// <summary>The segment as plain text when it has no wildcard (escapes resolved), otherwise null.</summary>
    public string? Literal { get; }

    /// <summary>The segment can match nothing (an unclosed bracket).</summary>
    public bool Never { get; }

    /// <summary>Only a star: matches any non-empty segment.</summary>
    public bool IsLoneStar => parts.Length == 1 && parts[0].Kind == PartKind.Star;

    public bool IsMatch(string text) => IsMatch(text, null);

    /// <summary>Whether the glob matches <paramref name="text"/>; <paramref name="steps"/> counts the characters compared.</summary>
    public bool IsMatch(string text, StepCounter? steps)
    {
        if (Never)
        {
            return false;
        }

        if (Literal is not null)
        {
            if (steps is not null)
            {
                steps.Steps++;
            }

            return text == Literal;
        }

        int p = 0, t = 0, starP = -1, starT = -1;
        var count = 0L;
        while (t < text.Length)
        {
            count++;
            if (p < parts.Length && parts[p].Kind == PartKind.Star)
            {
                starP = p++;
                starT = t;
            }
            else if (p < parts.Length && parts[p].Accepts(text[t]))
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                break;
            }
        }

        if (steps is not null)
        {
            steps.Steps += count + 1;
        }

        if (t < text.Length)
        {
            return false;
        }

        while (p < parts.Length && parts[p].Kind == PartKind.Star)
        {
            p++;
        }

        return p == parts.Length && (text.Length > 0 || !IsLoneStar);
    }

    /// <summary>Reads the segment into <paramref name="parts"/>; false when it can match nothing (an unclosed bracket).</summary>
    private static bool Parse(string segment, bool brackets, List<Part> parts)
    {
        var i = 0;
        while (i < segment.Length)
        {
            var c = segment[i];
            if (c == '\\')
            {
                if (i + 1 < segment.Length)
                {
                    parts.Add(new Part(PartKind.Literal, segment[i + 1], null));
                }

                i += 2;
            }
            else if (c == '*')
            {
                while (i < segment.Length && segment[i] == '*')
                {
                    i++;
                }

                parts.Add(new Part(PartKind.Star, '\0', null));
            }
            else if (c == '?')
            {
                parts.Add(new Part(PartKind.One, '\0', null));
                i++;
            }
            else if (c == '[' && brackets)
            {
                var set = CharSet.Parse(segment, i + 1, out var next);
                if (set is null)
                {
                    return false;
                }

                parts.Add(new Part(PartKind.Set, '\0', set));
                i = next;
            }
            else
            {
                parts.Add(new Part(PartKind.Literal, c, null));
                i++;
            }
        }

        return true;
    }

    private enum PartKind
    {
        Literal,
        One,
        Star,
        Set,
    }

    private readonly record struct Part(PartKind Kind, char Char, CharSet? Set)
    {
        public bool Accepts(char c) => Kind switch
        {
            PartKind.Literal => c == Char,
            PartKind.One => true,
            PartKind.Set => Set!.Contains(c),
            _ => false,
        };
    }
}
