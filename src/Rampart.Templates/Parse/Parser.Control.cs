namespace Rampart.Templates.Parse;

internal sealed partial class Parser
{
    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block:
                return BlockControl();
            case TokenKind.Break or TokenKind.Continue:
                return LoopControl(token);
            case TokenKind.Else:
                return ElseControl();
            case TokenKind.End:
                return new EndNode(Expect(TokenKind.RightDelim, "end").Pos, tree, false, token.Line);
            case TokenKind.If:
                return Control(NodeKind.If, "if");
            case TokenKind.Range:
                return Control(NodeKind.Range, "range");
            case TokenKind.Template:
                return TemplateControl();
            case TokenKind.With:
                return Control(NodeKind.With, "with");
        }

        Backup();
        var first = Peek();
        return new ActionNode(first.Pos, tree, first.Line, Pipeline("command", TokenKind.RightDelim));
    }

    private LoopControlNode LoopControl(Token token)
    {
        var name = token.Kind == TokenKind.Break ? "break" : "continue";
        var next = NextNonSpace();
        if (next.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(next, "{{" + name + "}}");
        }

        if (rangeDepth == 0)
        {
            throw Errorf("{{" + name + "}} outside {{range}}");
        }

        return new LoopControlNode(token.Kind == TokenKind.Break ? NodeKind.Break : NodeKind.Continue, token.Pos, tree, token.Line);
    }

    private EndNode ElseControl()
    {
        var peek = PeekNonSpace();
        if (peek.Kind is TokenKind.If or TokenKind.With)
        {
            return new EndNode(peek.Pos, tree, true, peek.Line);
        }

        var token = Expect(TokenKind.RightDelim, "else");
        return new EndNode(token.Pos, tree, true, token.Line);
    }

    private BranchNode Control(NodeKind kind, string context)
    {
        var mark = vars.Count;
        try
        {
            var pipe = Pipeline(context, TokenKind.RightDelim);
            if (kind == NodeKind.Range)
            {
                rangeDepth++;
            }

            var (list, next) = ItemList();
            if (kind == NodeKind.Range)
            {
                rangeDepth--;
            }

            ListNode? elseList = null;
            if (next.Kind == NodeKind.Else)
            {
                if (kind == NodeKind.If && Peek().Kind == TokenKind.If)
                {
                    Next();
                    elseList = new ListNode(next.Pos, tree);
                    elseList.Nodes.Add(Control(NodeKind.If, "if"));
                }
                else if (kind == NodeKind.With && Peek().Kind == TokenKind.With)
                {
                    Next();
                    elseList = new ListNode(next.Pos, tree);
                    elseList.Nodes.Add(Control(NodeKind.With, "with"));
                }
                else
                {
                    (elseList, next) = ItemList();
                    if (next.Kind != NodeKind.End)
                    {
                        throw Errorf($"expected end; found {next}");
                    }
                }
            }

            return new BranchNode(kind, pipe.Pos, tree, pipe.Line, pipe, list, elseList);
        }
        finally
        {
            vars.RemoveRange(mark, vars.Count - mark);
        }
    }

    private TemplateNode BlockControl()
    {
        const string context = "block clause";
        var token = NextNonSpace();
        var name = TemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);
        ParseNestedTree(name, context);
        return new TemplateNode(token.Pos, tree, token.Line, name, pipe);
    }

    private TemplateNode TemplateControl()
    {
        const string context = "template clause";
        var token = NextNonSpace();
        var name = TemplateName(token, context);
        PipeNode? pipe = null;
        if (NextNonSpace().Kind != TokenKind.RightDelim)
        {
            Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
        }

        return new TemplateNode(token.Pos, tree, token.Line, name, pipe);
    }

    private string TemplateName(Token token, string context) =>
        token.Kind is TokenKind.String or TokenKind.RawString ? Unquote(token) : throw Unexpected(token, context);
}
