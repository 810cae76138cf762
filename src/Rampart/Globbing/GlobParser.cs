using System.Numerics;

namespace Rampart.Globbing;

/// <summary>Reads pattern text into tokens with the options of a <see cref="GlobSyntax"/>.</summary>
internal static class GlobParser
{
    /// <summary>Adds the tokens of <paramref name="pattern"/> to <paramref name="builder"/>; false when the pattern can match nothing.</summary>
    public static bool Parse<T>(ReadOnlySpan<T> pattern, GlobSyntax syntax, GlobBuilder builder, StepCounter? steps)
        where T : unmanaged, IBinaryInteger<T>
    {
        var i = 0;
        while (i < pattern.Length)
        {
            var c = Unit(pattern[i]);
            if (c == '\\' && syntax.Escapes)
            {
                if (i + 1 >= pattern.Length)
                {
                    return false;
                }

                builder.Add(GlobToken.Literal(Unit(pattern[i + 1])));
                i += 2;
            }
            else if (c == '?')
            {
                builder.Add(syntax.StarCrossesSlash ? GlobToken.AnyUnitOrSlash : GlobToken.AnyUnit);
                i++;
            }
            else if (c == '*')
            {
                i = Stars(pattern, i, syntax, builder);
            }
            else if (c == '[' && syntax.Brackets != GlobBrackets.None)
            {
                var set = syntax.Brackets == GlobBrackets.Git
                    ? GlobSet.ParseGit(pattern, i + 1, out var next, steps)
                    : GlobSet.ParseFnmatch(pattern, i + 1, out next);
                if (set is null)
                {
                    return false;
                }

                builder.Add(GlobToken.OfSet(set));
                i = next;
            }
            else
            {
                builder.Add(GlobToken.Literal(c));
                i++;
            }
        }

        return true;
    }

    /// <summary>Reads the run of stars at <paramref name="start"/>; returns where reading goes on.</summary>
    private static int Stars<T>(ReadOnlySpan<T> pattern, int start, GlobSyntax syntax, GlobBuilder builder)
        where T : unmanaged, IBinaryInteger<T>
    {
        var end = start;
        while (end < pattern.Length && Unit(pattern[end]) == '*')
        {
            end++;
        }

        var atEnd = end == pattern.Length;
        var slashNext = !atEnd && Unit(pattern[end]) == '/';
        var crossesFolders = end - start >= 2 && syntax.DoubleStar switch
        {
            GlobDoubleStar.Anywhere => true,
            GlobDoubleStar.WholeSegment => (start == 0 || Unit(pattern[start - 1]) == '/')
                && (atEnd || slashNext || (syntax.Escapes && Unit(pattern[end]) == '\\' && end + 1 < pattern.Length && Unit(pattern[end + 1]) == '/')),
            _ => false,
        };
        if (crossesFolders && slashNext)
        {
            // Two states: the folders may be skipped; once inside, only a '/' leads out.
            builder.Folders(atLeastOne: false);
            return end + 1;
        }

        builder.Add(crossesFolders || syntax.StarCrossesSlash ? GlobToken.AnyText : GlobToken.Star);
        return end;
    }

    private static int Unit<T>(T value)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(value);
}
