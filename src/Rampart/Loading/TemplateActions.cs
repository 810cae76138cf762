namespace Rampart.Loading;

/// <summary>
/// Finds a Go template action (<c>{{ … }}</c>) that stands where YAML expects a node: at the start of a line,
/// after <c>- </c>, <c>? </c> or <c>key: </c>, or inside a flow collection after <c>[</c>, <c>{</c>, <c>,</c> or
/// <c>:</c>. Quoted scalars (over several lines too), block scalars, multi-line plain scalars, plain scalars that
/// merely hold <c>{{</c> (<c>image: repo:{{ .tag }}</c>) and comments are skipped, so an alert text or a script
/// that holds <c>{{</c> does not count. Used on a document that failed to parse, to tell a template (YAML only
/// after rendering) from broken YAML. One pass over the text, no backtracking.
/// </summary>
internal static class TemplateActions
{
    /// <summary>The 1-based line (within <paramref name="text"/>) of the first action outside scalars, or 0.</summary>
    public static int FindLine(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("{{", StringComparison.Ordinal) < 0)
        {
            return 0;
        }

        var state = new State();
        var number = 0;
        var position = 0;
        while (NextLine(text, ref position, out var line))
        {
            number++;
            if (state.ScanLine(line))
            {
                return number;
            }
        }

        return 0;
    }

    /// <summary>The line at <paramref name="position"/> without its break; YAML ends lines at LF, CR, CR LF, NEL, LS and PS.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position > text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[position..];
        var end = rest.IndexOfAny("\n\r\u0085\u2028\u2029");
        if (end < 0)
        {
            line = rest;
            position = text.Length + 1;
            return true;
        }

        line = rest[..end];
        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }

    /// <summary>What carries from one line to the next: an open quoted, block or plain scalar, or open flow collections.</summary>
    private struct State
    {
        private char quote;
        private int blockIndent;
        private int plainIndent;
        private int flowDepth;

        public State()
        {
            blockIndent = -1;
            plainIndent = -1;
        }

        /// <summary>Reads one line; true when it holds an action outside scalars.</summary>
        public bool ScanLine(ReadOnlySpan<char> line)
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var blank = line.Trim(" \t").IsEmpty;
            var i = indent;
            var expectNode = true;
            if (quote != '\0')
            {
                i = SkipQuoted(line, 0, quote);
                if (i < 0)
                {
                    return false;
                }

                quote = '\0';
                expectNode = false;
            }
            else if (blockIndent >= 0)
            {
                if (blank || indent > blockIndent)
                {
                    return false;
                }

                blockIndent = -1;
            }
            else if (plainIndent >= 0)
            {
                if (blank || (indent > plainIndent && flowDepth == 0))
                {
                    return false;
                }

                plainIndent = -1;
            }

            if (i == 0 && (line.StartsWith("---") || line.StartsWith("...")) && (line.Length == 3 || line[3] is ' ' or '\t'))
            {
                i = 3;
            }
            else if (i == 0 && line.StartsWith('%'))
            {
                return false;
            }

            return ScanNodes(line, i, indent, expectNode);
        }

        private bool ScanNodes(ReadOnlySpan<char> line, int i, int owner, bool expectNode)
        {
            while (i < line.Length)
            {
                var c = line[i];
                if (c is ' ' or '\t')
                {
                    i++;
                    continue;
                }

                if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    return false;
                }

                if (expectNode && c == '{' && i + 1 < line.Length && line[i + 1] == '{')
                {
                    return true;
                }

                if (c is '"' or '\'')
                {
                    var end = SkipQuoted(line, i + 1, c);
                    if (end < 0)
                    {
                        quote = c;
                        return false;
                    }

                    i = end;
                    expectNode = false;
                    continue;
                }

                if (flowDepth > 0)
                {
                    i = FlowToken(line, i, ref expectNode);
                    continue;
                }

                if (c is '-' or '?' or ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    owner = c == ':' ? owner : i;
                    i++;
                    expectNode = true;
                    continue;
                }

                if (!expectNode)
                {
                    i++;
                    continue;
                }

                switch (c)
                {
                    case '|' or '>':
                        blockIndent = owner;
                        return false;
                    case '[' or '{':
                        flowDepth++;
                        i++;
                        continue;
                    case '!' or '&' or '*':
                        // A tag, anchor or alias: a node may still follow on the line.
                        while (i < line.Length && line[i] is not (' ' or '\t'))
                        {
                            i++;
                        }

                        continue;
                }

                // A plain scalar: a key when ": " follows on the line, otherwise a value that may go on over lines.
                var colon = KeyEnd(line, i);
                if (colon < 0)
                {
                    plainIndent = owner;
                    return false;
                }

                owner = i;
                i = colon + 1;
                expectNode = true;
            }

            return false;
        }

        /// <summary>Reads one token inside a flow collection; returns where the next one starts.</summary>
        private int FlowToken(ReadOnlySpan<char> line, int i, ref bool expectNode)
        {
            switch (line[i])
            {
                case '[' or '{':
                    flowDepth++;
                    expectNode = true;
                    return i + 1;
                case ']' or '}':
                    flowDepth--;
                    expectNode = false;
                    return i + 1;
                case ',' or ':':
                    expectNode = true;
                    return i + 1;
            }

            while (i < line.Length && line[i] is not (',' or '[' or ']' or '{' or '}')
                && !(line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t' or ',' or ']' or '}'))
                && !(line[i] == '#' && line[i - 1] is ' ' or '\t'))
            {
                i++;
            }

            expectNode = false;
            return i;
        }

        /// <summary>The index after the closing quote of a scalar whose content starts at <paramref name="i"/>, or -1 when it goes on.</summary>
        private static int SkipQuoted(ReadOnlySpan<char> line, int i, char quote)
        {
            while (i < line.Length)
            {
                if (quote == '"' && line[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (line[i] == quote)
                {
                    if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                    {
                        i += 2;
                        continue;
                    }

                    return i + 1;
                }

                i++;
            }

            return -1;
        }

        /// <summary>The index of the <c>:</c> that ends a plain key starting at <paramref name="i"/>, or -1 when the scalar is no key.</summary>
        private static int KeyEnd(ReadOnlySpan<char> line, int i)
        {
            for (; i < line.Length; i++)
            {
                if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    return i;
                }

                if (line[i] == '#' && line[i - 1] is ' ' or '\t')
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
