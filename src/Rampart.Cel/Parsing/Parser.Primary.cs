using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

internal sealed partial class Parser
{
    private Expr ParsePrimary()
    {
        var token = current;
        switch (token.Kind)
        {
            case TokenKind.Dot:
                Advance();
                var name = Expect(TokenKind.Identifier, "an identifier");
                return ParseIdentOrCall(token.Start, "." + name.Text);
            case TokenKind.Identifier:
                Advance();
                if (Reserved.Contains(token.Text!))
                {
                    Fail(token.Start, $"reserved identifier '{token.Text}'");
                }

                return ParseIdentOrCall(token.Start, token.Text!);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpr();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.LeftBracket:
                return ParseList();
            case TokenKind.LeftBrace:
                Advance();
                return ast.Map(token.Start, ParseEntries(TokenKind.RightBrace, fieldNames: false));
            case TokenKind.Int or TokenKind.UInt or TokenKind.Double:
                Advance();
                return ast.Constant(token.Start, NumberLiteral(token, negative: false));
            case TokenKind.String or TokenKind.Bytes:
                Advance();
                return ast.Constant(token.Start, token.Value!);
            case TokenKind.True or TokenKind.False:
                Advance();
                return ast.Constant(token.Start, CelBool.Of(token.Kind == TokenKind.True));
            case TokenKind.Null:
                Advance();
                return ast.Constant(token.Start, CelNull.Instance);
            default:
                Fail(token.Start, $"unexpected {Describe(token)}");
                return null!;
        }
    }

    private Expr ParseIdentOrCall(int offset, string name)
    {
        if (current.Kind != TokenKind.LeftParen)
        {
            return ast.Ident(offset, name);
        }

        var open = Advance();
        var arguments = ParseArguments();
        var function = name.StartsWith('.') ? name[1..] : name;
        return macros?.TryExpand(open.Start, function, null, arguments) ?? ast.Call(open.Start, function, arguments);
    }

    private Expr ParseMember(Expr operand)
    {
        while (true)
        {
            switch (current.Kind)
            {
                case TokenKind.Dot:
                    operand = ParseSelectOrMemberCall(operand);
                    break;
                case TokenKind.LeftBracket:
                    var open = Advance();
                    var optional = current.Kind == TokenKind.Question;
                    if (optional)
                    {
                        Advance();
                    }

                    var index = ParseExpr();
                    Expect(TokenKind.RightBracket, "']'");
                    operand = ast.Call(open.Start, optional ? Operators.OptionalIndex : Operators.Index, operand, index);
                    break;
                case TokenKind.LeftBrace when QualifiedName(operand) is { } typeName:
                    var brace = Advance();
                    operand = ast.Struct(brace.Start, typeName, ParseEntries(TokenKind.RightBrace, fieldNames: true));
                    break;
                default:
                    return operand;
            }
        }
    }

    private Expr ParseSelectOrMemberCall(Expr operand)
    {
        var dot = Advance();
        var optional = current.Kind == TokenKind.Question;
        if (optional)
        {
            Advance();
        }

        if (current.Kind is not (TokenKind.Identifier or TokenKind.QuotedIdentifier or TokenKind.In or TokenKind.True or TokenKind.False or TokenKind.Null))
        {
            Fail(current.Start, $"expected a field name after '.' but found {Describe(current)}");
        }

        var field = Advance();
        var fieldName = field.Text!;
        if (current.Kind == TokenKind.LeftParen && !optional && field.Kind == TokenKind.Identifier)
        {
            var open = Advance();
            var arguments = ParseArguments();
            return macros?.TryExpand(open.Start, fieldName, operand, arguments) ?? ast.MemberCall(open.Start, fieldName, operand, arguments);
        }

        return ast.Select(dot.Start, operand, fieldName, optional: optional);
    }

    private Expr[] ParseArguments()
    {
        var arguments = new List<Expr>();
        if (current.Kind != TokenKind.RightParen)
        {
            arguments.Add(ParseExpr());
            while (current.Kind == TokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseExpr());
            }
        }

        Expect(TokenKind.RightParen, "')'");
        return [.. arguments];
    }

    private ListExpr ParseList()
    {
        var open = Advance();
        var elements = new List<Expr>();
        var optional = new List<int>();
        while (current.Kind != TokenKind.RightBracket)
        {
            if (current.Kind == TokenKind.Question)
            {
                Advance();
                optional.Add(elements.Count);
            }

            elements.Add(ParseExpr());
            if (current.Kind != TokenKind.Comma)
            {
                break;
            }

            Advance();
        }

        Expect(TokenKind.RightBracket, "']'");
        return ast.List(open.Start, [.. elements], [.. optional]);
    }

    private MapEntryExpr[] ParseEntries(TokenKind close, bool fieldNames)
    {
        var entries = new List<MapEntryExpr>();
        while (current.Kind != close)
        {
            var start = current.Start;
            var optional = current.Kind == TokenKind.Question;
            if (optional)
            {
                Advance();
            }

            Expr key;
            if (fieldNames)
            {
                if (current.Kind is not (TokenKind.Identifier or TokenKind.QuotedIdentifier))
                {
                    Fail(current.Start, $"expected a field name but found {Describe(current)}");
                }

                var field = Advance();
                key = ast.Constant(field.Start, CelString.Of(field.Text!));
            }
            else
            {
                key = ParseExpr();
            }

            var colon = Expect(TokenKind.Colon, "':'");
            var value = ParseExpr();
            entries.Add(new MapEntryExpr(ast.NextId(), fieldNames ? start : colon.Start, key, value, optional));
            if (current.Kind != TokenKind.Comma)
            {
                break;
            }

            Advance();
        }

        Expect(close, "'}'");
        return [.. entries];
    }

    /// <summary>The dotted name an identifier or chain of plain selections spells, or null.</summary>
    private static string? QualifiedName(Expr expr) => expr switch
    {
        IdentExpr ident => ident.Name,
        SelectExpr { TestOnly: false, Optional: false } select when QualifiedName(select.Operand) is { } prefix => prefix + "." + select.Field,
        _ => null,
    };
}
