using System.Globalization;
using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>
/// A recursive-descent parser for the whole CEL grammar, with macro expansion. Recursion depth, nesting and
/// node count are bounded, so hostile input yields an error, never a stack overflow.
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    };

    private readonly Lexer lexer;
    private readonly CelLimits limits;
    private readonly AstBuilder ast;
    private readonly MacroExpander? macros;
    private Token current;
    private int depth;

    private Parser(string source, CelLimits limits, bool enableMacros)
    {
        lexer = new Lexer(source);
        this.limits = limits;
        ast = new AstBuilder(limits);
        macros = enableMacros ? new MacroExpander(ast) : null;
        current = lexer.Next();
    }

    public static ParseResult Parse(string source, CelLimits limits, bool enableMacros = true)
    {
        var text = new SourceText(source);
        if (source.Length > limits.MaxExpressionLength)
        {
            return new ParseResult(null, text, text.Issue($"expression too long: {source.Length} characters, the limit is {limits.MaxExpressionLength}", 0), 0);
        }

        var parser = new Parser(source, limits, enableMacros);
        try
        {
            var root = parser.ParseExpr();
            if (parser.current.Kind != TokenKind.End)
            {
                Fail(parser.current.Start, $"unexpected {parser.Describe(parser.current)}");
            }

            return new ParseResult(root, text, null, parser.ast.IdCount);
        }
        catch (SyntaxError e)
        {
            return new ParseResult(null, text, text.Issue(e.Message, e.Offset), 0);
        }
    }

    private Expr ParseExpr()
    {
        if (++depth > limits.MaxNestingDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Fail(current.Start, $"expression nested too deeply: more than {limits.MaxNestingDepth} levels");
        }

        var condition = ParseOr();
        if (current.Kind == TokenKind.Question)
        {
            var offset = Advance().Start;
            var then = ParseOr();
            Expect(TokenKind.Colon, "':'");
            var otherwise = ParseExpr();
            condition = ast.Call(offset, Operators.Conditional, condition, then, otherwise);
        }

        depth--;
        return condition;
    }

    private Expr ParseOr() => ParseLogical(TokenKind.Or, Operators.LogicalOr, ParseAnd);

    private Expr ParseAnd() => ParseLogical(TokenKind.And, Operators.LogicalAnd, ParseRelation);

    private Expr ParseLogical(TokenKind op, string function, Func<Expr> operand)
    {
        var first = operand();
        if (current.Kind != op)
        {
            return first;
        }

        var operands = new List<Expr> { first };
        var offsets = new List<int>();
        while (current.Kind == op)
        {
            offsets.Add(Advance().Start);
            operands.Add(operand());
        }

        return ast.Balanced(function, operands, offsets, 0, operands.Count - 1);
    }

    private Expr ParseRelation()
    {
        var left = ParseAddition();
        while (true)
        {
            var function = current.Kind switch
            {
                TokenKind.Less => Operators.Less,
                TokenKind.LessEqual => Operators.LessEquals,
                TokenKind.Greater => Operators.Greater,
                TokenKind.GreaterEqual => Operators.GreaterEquals,
                TokenKind.Equal => Operators.Equal,
                TokenKind.NotEqual => Operators.NotEquals,
                TokenKind.In => Operators.In,
                _ => null,
            };
            if (function is null)
            {
                return left;
            }

            var offset = Advance().Start;
            left = ast.Call(offset, function, left, ParseAddition());
        }
    }

    private Expr ParseAddition()
    {
        var left = ParseMultiplication();
        while (current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            left = ast.Call(op.Start, op.Kind == TokenKind.Plus ? Operators.Add : Operators.Subtract, left, ParseMultiplication());
        }

        return left;
    }

    private Expr ParseMultiplication()
    {
        var left = ParseUnary();
        while (current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var op = Advance();
            var function = op.Kind switch
            {
                TokenKind.Star => Operators.Multiply,
                TokenKind.Slash => Operators.Divide,
                _ => Operators.Modulo,
            };
            left = ast.Call(op.Start, function, left, ParseUnary());
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (current.Kind is not (TokenKind.Not or TokenKind.Minus))
        {
            return ParseMember(ParsePrimary());
        }

        var ops = new List<Token>();
        while (current.Kind is TokenKind.Not or TokenKind.Minus)
        {
            ops.Add(Advance());
        }

        Expr operand;
        if (ops[^1].Kind == TokenKind.Minus && current.Kind is TokenKind.Int or TokenKind.Double)
        {
            // The sign belongs to the literal, so that -9223372036854775808 is representable.
            var literal = Advance();
            operand = ParseMember(ast.Constant(ops[^1].Start, NumberLiteral(literal, negative: true)));
            ops.RemoveAt(ops.Count - 1);
        }
        else
        {
            operand = ParseMember(ParsePrimary());
        }

        for (var i = ops.Count - 1; i >= 0; i--)
        {
            operand = ast.Call(ops[i].Start, ops[i].Kind == TokenKind.Not ? Operators.LogicalNot : Operators.Negate, operand);
        }

        return operand;
    }

    private Token Advance()
    {
        var token = current;
        current = lexer.Next();
        if (current.Kind == TokenKind.Error)
        {
            Fail(current.Start, current.Text ?? "invalid token");
        }

        return token;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (current.Kind != kind)
        {
            Fail(current.Start, $"expected {what} but found {Describe(current)}");
        }

        return Advance();
    }

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "end of expression",
        TokenKind.Error => token.Text ?? "invalid token",
        _ => $"'{lexer.Source[token.Start..token.End]}'",
    };

    private static void Fail(int offset, string message) => throw new SyntaxError(offset, message);

    private static CelValue NumberLiteral(Token token, bool negative)
    {
        var text = token.Text!;
        switch (token.Kind)
        {
            case TokenKind.Double:
                var d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return CelDouble.Of(negative ? -d : d);
            case TokenKind.UInt:
                return ParseUnsigned(text) is { } u ? CelUInt.Of(u) : Invalid(token, "uint");
            default:
                var magnitude = ParseUnsigned(text);
                if (magnitude is null || magnitude > (negative ? 9223372036854775808UL : long.MaxValue))
                {
                    return Invalid(token, "int");
                }

                return CelInt.Of(negative ? (long)(0UL - magnitude.Value) : (long)magnitude.Value);
        }
    }

    private static CelNull Invalid(Token token, string kind)
    {
        Fail(token.Start, $"invalid {kind} literal");
        return CelNull.Instance;
    }

    private static ulong? ParseUnsigned(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? h : null
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
}
