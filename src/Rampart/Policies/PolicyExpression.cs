using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// A CEL expression as written in a policy file, with where it starts so that compile errors can name the
/// file, line and column. <paramref name="Style"/> tells how the YAML scalar was written and
/// <paramref name="BlockIndent"/> the indentation of a block scalar's content, which together decide how a
/// position inside the expression maps back to the file.
/// </summary>
public sealed record PolicyExpression(string Text, Mark Start, ScalarStyle Style = ScalarStyle.Plain, int BlockIndent = 0)
{
    /// <summary>An expression made by Rampart itself (injected variables), with no place in a file.</summary>
    public static PolicyExpression Synthetic(string text) => new(text, new Mark(0, 0));

    public bool IsSynthetic => Start.Line == 0;

    /// <summary>The file position of a 1-based line and column inside the expression text.</summary>
    public Mark Locate(int line, int column)
    {
        if (IsSynthetic)
        {
            return Start;
        }

        line = Math.Max(line, 1);
        column = Math.Max(column, 1);
        return Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => new Mark(Start.Line + line, BlockIndent + column),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when line == 1 => new Mark(Start.Line, Start.Column + column),
            _ when line == 1 => new Mark(Start.Line, Start.Column + column - 1),
            _ => new Mark(Start.Line + line - 1, column),
        };
    }

    public SourceLocation ToLocation(string path, int line = 1, int column = 1)
    {
        var at = Locate(line, column);
        return new SourceLocation(path, at.Line, at.Column);
    }

    public override string ToString() => Text;
}
