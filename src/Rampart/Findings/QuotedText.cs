using System.Text;

namespace Rampart.Findings;

/// <summary>
/// Quotes text taken from a scanned file (an invalid CODEOWNERS owner, a pattern) into a message, so that a
/// message can neither grow with its input nor repeat a secret the input holds. The redaction is small and
/// deliberate, not a secret scanner:
/// <list type="bullet">
/// <item>what follows <c>=</c> or <c>:</c> in a word is masked (<c>TOKEN=abc</c> → <c>TOKEN=***</c>), and a
/// word that ends with one masks the next word (<c>password: hunter2</c> → <c>password: ***</c>);</item>
/// <item>a run of <see cref="MinTokenRun"/> or more ASCII letters, digits and <c>+ _ -</c> that holds both a
/// letter and a digit is masked (<c>ghp_0123…</c>, <c>AKIA…</c>);</item>
/// <item>line breaks and other control characters become spaces;</item>
/// <item>the result is cut to <see cref="MaxLength"/> characters, ending with <c>…</c> when cut.</item>
/// </list>
/// </summary>
public static class QuotedText
{
    /// <summary>The longest excerpt quoted, in characters (the ellipsis included).</summary>
    public const int MaxLength = 80;

    /// <summary>The shortest run of token characters that is masked.</summary>
    public const int MinTokenRun = 20;

    public const string Mask = "***";

    /// <summary>The excerpt between single quotes.</summary>
    public static string Of(string text) => $"'{Excerpt(text)}'";

    /// <summary>
    /// The redacted, bounded excerpt. Only the first <c>4 × MaxLength</c> characters are looked at: a token run
    /// that starts within the shown part either ends within them or is long enough to be masked anyway.
    /// </summary>
    public static string Excerpt(string text)
    {
        var window = text.Length > 4 * MaxLength ? text[..(4 * MaxLength)] : text;
        var redacted = Redact(window);
        if (redacted.Length <= MaxLength && window.Length == text.Length)
        {
            return redacted;
        }

        var cut = Math.Min(redacted.Length, MaxLength - 1);
        if (cut > 0 && char.IsHighSurrogate(redacted[cut - 1]))
        {
            cut--;
        }

        return string.Concat(redacted.AsSpan(0, cut), "…");
    }

    /// <summary>The masking rules above, without the cut.</summary>
    public static string Redact(string text)
    {
        var builder = new StringBuilder(text.Length);
        var maskNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (IsBreak(text[i]))
            {
                builder.Append(' ');
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !IsBreak(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            var separator = word.IndexOfAny('=', ':');
            if (maskNext)
            {
                builder.Append(Mask);
                maskNext = false;
            }
            else if (separator < 0)
            {
                AppendMaskingRuns(builder, word);
            }
            else
            {
                AppendMaskingRuns(builder, word[..(separator + 1)]);
                if (separator == word.Length - 1)
                {
                    maskNext = true;
                }
                else
                {
                    builder.Append(Mask);
                }
            }

            i = end;
        }

        return builder.ToString();
    }

    private static bool IsBreak(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static void AppendMaskingRuns(StringBuilder builder, ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length)
        {
            if (!IsTokenChar(word[i]))
            {
                builder.Append(word[i++]);
                continue;
            }

            var end = i;
            var (letter, digit) = (false, false);
            while (end < word.Length && IsTokenChar(word[end]))
            {
                letter |= char.IsAsciiLetter(word[end]);
                digit |= char.IsAsciiDigit(word[end]);
                end++;
            }

            var run = word[i..end];
            if (run.Length >= MinTokenRun && letter && digit)
            {
                builder.Append(Mask);
            }
            else
            {
                builder.Append(run);
            }

            i = end;
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '_' or '-';
}
