namespace Rampart.Templates.Parse;

/// <summary>
/// Go's template parser (text/template/parse/parse.go): one text into its trees (the main one and every
/// <c>define</c> and <c>block</c>), with Go's error messages.
/// </summary>
internal sealed partial class Parser
{
    private readonly List<Token> tokens;
    private readonly Func<string, bool> hasFunction;
    private readonly Dictionary<string, TemplateTree> treeSet;
    private readonly string parseName;
    private readonly string text;
    private int index;
    private List<string> vars = ["$"];
    private int rangeDepth;
    private int actionLine;
    private TemplateTree tree;

    private Parser(string name, string text, Func<string, bool> hasFunction, Dictionary<string, TemplateTree> treeSet, List<Token> tokens)
    {
        parseName = name;
        this.text = text;
        this.hasFunction = hasFunction;
        this.treeSet = treeSet;
        this.tokens = tokens;
        tree = new TemplateTree(name, name, text);
    }

    /// <summary>Parses <paramref name="text"/> named <paramref name="name"/>; returns the trees by name, or the error message.</summary>
    public static (Dictionary<string, TemplateTree>? Trees, string? Error) Parse(string name, string text, Func<string, bool> hasFunction)
    {
        var treeSet = new Dictionary<string, TemplateTree>(StringComparer.Ordinal);
        var parser = new Parser(name, text, hasFunction, treeSet, Lexer.Lex(text));
        try
        {
            parser.ParseTop();
            parser.Add(parser.tree);
            return (treeSet, null);
        }
        catch (TemplateParseException e)
        {
            return (null, e.Message);
        }
    }

    private Token Last => index > 0 ? tokens[index - 1] : tokens[0];

    private Token Next() => tokens[Math.Min(index++, tokens.Count - 1)];

    private void Backup() => index--;

    private Token Peek() => tokens[Math.Min(index, tokens.Count - 1)];

    private Token NextNonSpace()
    {
        Token t;
        do
        {
            t = Next();
        }
        while (t.Kind == TokenKind.Space);
        return t;
    }

    private Token PeekNonSpace()
    {
        var t = NextNonSpace();
        Backup();
        return t;
    }

    private TemplateParseException Errorf(string message) =>
        new($"template: {parseName}:{Last.Line}: {message}");

    private Token Expect(TokenKind expected, string context)
    {
        var token = NextNonSpace();
        if (token.Kind != expected)
        {
            throw Unexpected(token, context);
        }

        return token;
    }

    private TemplateParseException Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            var extra = "";
            if (actionLine != 0 && actionLine != token.Line)
            {
                extra = $" in action started at {parseName}:{actionLine}";
                if (token.Value.EndsWith(" action", StringComparison.Ordinal))
                {
                    extra = extra[" in action".Length..];
                }
            }

            return Errorf(token + extra);
        }

        return Errorf($"unexpected {token} in {context}");
    }

    private void Add(TemplateTree t)
    {
        if (!treeSet.TryGetValue(t.Name, out var existing) || existing.Root.IsEmpty())
        {
            treeSet[t.Name] = t;
            return;
        }

        if (!t.Root.IsEmpty())
        {
            throw Errorf($"template: multiple definition of template {Values.GoQuote.Quote(t.Name)}");
        }
    }

    private void ParseTop()
    {
        tree.Root = new ListNode(Peek().Pos, tree);
        while (Peek().Kind != TokenKind.Eof)
        {
            if (Peek().Kind == TokenKind.LeftDelim)
            {
                var delimIndex = index;
                Next();
                if (NextNonSpace().Kind == TokenKind.Define)
                {
                    ParseDefinition();
                    continue;
                }

                index = delimIndex;
            }

            var n = TextOrAction();
            if (n.Kind is NodeKind.End or NodeKind.Else)
            {
                throw Errorf($"unexpected {n}");
            }

            tree.Root.Nodes.Add(n);
        }
    }

    private void ParseDefinition()
    {
        const string context = "define clause";
        var name = NextNonSpace();
        if (name.Kind != TokenKind.String && name.Kind != TokenKind.RawString)
        {
            throw Unexpected(name, context);
        }

        ParseNestedTree(Unquote(name), context, () => Expect(TokenKind.RightDelim, context));
    }

    /// <summary>Parses the body of a define or block into a tree of its own (no variables but <c>$</c>) and adds it.</summary>
    private void ParseNestedTree(string name, string context, Action? afterName = null)
    {
        var outer = (tree, vars, rangeDepth);
        tree = new TemplateTree(name, parseName, text);
        vars = ["$"];
        rangeDepth = 0;
        afterName?.Invoke();
        var (list, end) = ItemList();
        tree.Root = list;
        if (end.Kind != NodeKind.End)
        {
            throw Errorf($"unexpected {end} in {context}");
        }

        Add(tree);
        (tree, vars, rangeDepth) = outer;
    }

    private string Unquote(Token token)
    {
        if (!GoUnquote.TryUnquote(token.Value, out var s))
        {
            throw Errorf("invalid syntax");
        }

        return s;
    }

    private (ListNode List, Node Next) ItemList()
    {
        var list = new ListNode(PeekNonSpace().Pos, tree);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var n = TextOrAction();
            if (n.Kind is NodeKind.End or NodeKind.Else)
            {
                return (list, n);
            }

            list.Nodes.Add(n);
        }

        throw Errorf("unexpected EOF");
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(token.Pos, tree, token.Value);
            case TokenKind.LeftDelim:
                actionLine = token.Line;
                try
                {
                    return Action();
                }
                finally
                {
                    actionLine = 0;
                }

            case TokenKind.Comment:
                return new CommentNode(token.Pos, tree, token.Value);
            default:
                throw Unexpected(token, "input");
        }
    }
}
