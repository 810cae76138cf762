namespace Rampart.Templates.Parse;

internal sealed partial class Parser
{
    private PipeNode Pipeline(string context, TokenKind end)
    {
        var first = PeekNonSpace();
        var pipe = new PipeNode(first.Pos, tree, first.Line);
        Declarations(pipe, context);
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Complex or TokenKind.Dot or TokenKind.Field
                    or TokenKind.Identifier or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String
                    or TokenKind.Variable or TokenKind.LeftParen:
                    Backup();
                    pipe.Cmds.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void Declarations(PipeNode pipe, string context)
    {
        while (true)
        {
            var v = PeekNonSpace();
            if (v.Kind != TokenKind.Variable)
            {
                return;
            }

            var mark = index;
            NextNonSpace();
            var afterVariable = Peek();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(v.Pos, tree, [v.Value]));
                vars.Add(v.Value);
                return;
            }

            if (next.Kind == TokenKind.Char && next.Value == ",")
            {
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(v.Pos, tree, [v.Value]));
                vars.Add(v.Value);
                if (context == "range" && pipe.Decl.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw Errorf("range can only initialize variables");
                }

                throw Errorf($"too many declarations in {context}");
            }

            _ = afterVariable;
            index = mark;
            return;
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Cmds.Count == 0)
        {
            throw Errorf($"missing value for {context}");
        }

        for (var i = 1; i < pipe.Cmds.Count; i++)
        {
            if (pipe.Cmds[i].Args[0].Kind is NodeKind.Bool or NodeKind.Dot or NodeKind.Nil or NodeKind.Number or NodeKind.String)
            {
                throw Errorf($"non executable command in pipeline stage {i + 1}");
            }
        }
    }

    private CommandNode Command()
    {
        var cmd = new CommandNode(PeekNonSpace().Pos, tree);
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null)
            {
                cmd.Args.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (cmd.Args.Count == 0)
        {
            throw Errorf("empty command");
        }

        return cmd;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null)
        {
            return null;
        }

        if (Peek().Kind == TokenKind.Field)
        {
            var chain = new ChainNode(Peek().Pos, tree, node);
            while (Peek().Kind == TokenKind.Field)
            {
                chain.Field.Add(Next().Value[1..]);
            }

            switch (node.Kind)
            {
                case NodeKind.Field:
                    return new FieldNode(chain.Pos, tree, [.. ((FieldNode)node).Ident, .. chain.Field]);
                case NodeKind.Variable:
                    return new VariableNode(chain.Pos, tree, [.. ((VariableNode)node).Ident, .. chain.Field]);
                case NodeKind.Bool or NodeKind.String or NodeKind.Number or NodeKind.Nil or NodeKind.Dot:
                    throw Errorf($"unexpected . after term {Values.GoQuote.Quote(node.ToString())}");
                default:
                    return chain;
            }
        }

        return node;
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!hasFunction(token.Value))
                {
                    throw Errorf($"function {Values.GoQuote.Quote(token.Value)} not defined");
                }

                return new IdentifierNode(token.Pos, tree, token.Value);
            case TokenKind.Dot:
                return new DotNode(token.Pos, tree);
            case TokenKind.Nil:
                return new NilNode(token.Pos, tree);
            case TokenKind.Variable:
                return UseVar(token);
            case TokenKind.Field:
                return new FieldNode(token.Pos, tree, [token.Value[1..]]);
            case TokenKind.Bool:
                return new BoolNode(token.Pos, tree, token.Value == "true");
            case TokenKind.CharConstant or TokenKind.Complex or TokenKind.Number:
                var number = new NumberNode(token.Pos, tree, token.Value);
                var error = GoNumberParser.Fill(number, token.Kind);
                return error is null ? number : throw Errorf(error);
            case TokenKind.LeftParen:
                return Pipeline("parenthesized pipeline", TokenKind.RightParen);
            case TokenKind.String or TokenKind.RawString:
                return new StringNode(token.Pos, tree, token.Value, Unquote(token));
        }

        Backup();
        return null;
    }

    private VariableNode UseVar(Token token)
    {
        var ident = token.Value.Split('.');
        if (!vars.Contains(ident[0]))
        {
            throw Errorf($"undefined variable {Values.GoQuote.Quote(ident[0])}");
        }

        return new VariableNode(token.Pos, tree, ident);
    }
}
