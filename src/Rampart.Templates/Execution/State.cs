using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates.Execution;

/// <summary>
/// One execution of a template (Go's exec.go <c>state</c>): the template being run, the output, the variable stack,
/// the node being evaluated (for error context) and the nesting depth, all charged against a shared <see cref="Budget"/>.
/// </summary>
internal sealed partial class State
{
    private readonly List<(string Name, Value Value)> vars = [];
    private TemplateTree tree;
    private Node? node;

    public State(TemplateSet set, TemplateTree tree, Output output, Budget budget, int depth)
    {
        Set = set;
        this.tree = tree;
        Output = output;
        Budget = budget;
        Depth = depth;
    }

    public TemplateSet Set { get; }

    public Output Output { get; }

    public Budget Budget { get; }

    public int Depth { get; }

    /// <summary>Runs the tree with <paramref name="dot"/> as the cursor and <c>$</c>.</summary>
    public void Run(Value dot)
    {
        vars.Add(("$", dot));
        Walk(dot, tree.Root);
    }

    public TemplateExecException Error(string message)
    {
        var name = tree.Name;
        if (node is null)
        {
            return new TemplateExecException($"template: {name}: {message}");
        }

        var (line, column) = node.Tree.LineAndColumn(node.Pos);
        var context = node.ToString();
        if (context.Length > 20)
        {
            context = context[..20] + "...";
        }

        return new TemplateExecException(
            $"template: {node.Tree.ParseName}:{line}:{column}: executing {GoQuote.Quote(name)} at <{context}>: {message}",
            new SourcePosition(node.Tree.ParseName, line, column));
    }

    private void At(Node n) => node = n;

    /// <summary>Stops a nesting that would overflow the thread's stack with an error rather than a crash.</summary>
    private void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error("template nesting is too deep for this thread's stack");
        }
    }

    private void Step()
    {
        if (!Budget.Step())
        {
            throw Error($"template execution exceeded its limit of {Budget.Limits.MaxSteps} steps");
        }
    }

    private void Write(string s, Node at, SourcePosition? origin) => Put(s, at, new SourcePosition(at.Tree.ParseName, at.Tree.LineOf(at.Pos), 0), origin);

    private void Put(string s, Node at, SourcePosition template, SourcePosition? origin)
    {
        if (!Output.Write(s, template, origin))
        {
            At(at);
            throw Error($"template output exceeded its limit of {Budget.Limits.MaxOutputChars} characters");
        }
    }

    /// <summary>Writes template text a line at a time, so that each output line it starts names its own template line.</summary>
    private void WriteText(TextNode text)
    {
        var s = text.Text;
        var line = text.Tree.LineOf(text.Pos);
        var start = 0;
        while (start < s.Length)
        {
            var newline = s.IndexOf('\n', start);
            var end = newline < 0 || newline == s.Length - 1 ? s.Length : newline + 1;
            Put(start == 0 && end == s.Length ? s : s[start..end], text, new SourcePosition(text.Tree.ParseName, line, 0), null);
            line++;
            start = end;
        }
    }

    private Flow Walk(Value dot, Node n)
    {
        Step();
        EnsureStack();
        At(n);
        switch (n)
        {
            case ActionNode action:
                var val = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.Decl.Count == 0)
                {
                    PrintValue(action, val);
                }

                return Flow.Normal;
            case LoopControlNode loop:
                return loop.Kind == NodeKind.Break ? Flow.Break : Flow.Continue;
            case CommentNode:
                return Flow.Normal;
            case BranchNode { Kind: NodeKind.Range } range:
                WalkRange(dot, range);
                return Flow.Normal;
            case BranchNode branch:
                return WalkIfOrWith(dot, branch);
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case TemplateNode template:
                WalkTemplate(dot, template);
                return Flow.Normal;
            case TextNode text:
                WriteText(text);
                return Flow.Normal;
            default:
                throw Error("unknown node: " + n);
        }
    }

    private Flow WalkIfOrWith(Value dot, BranchNode branch)
    {
        var mark = vars.Count;
        try
        {
            var val = EvalPipeline(dot, branch.Pipe);
            if (!IsTrue(IndirectInterface(val), out var truth))
            {
                throw Error($"if/with can't use {GoFormat.ToString(val.Data)}");
            }

            if (truth)
            {
                return Walk(branch.Kind == NodeKind.With ? val : dot, branch.List);
            }

            return branch.ElseList is null ? Flow.Normal : Walk(dot, branch.ElseList);
        }
        finally
        {
            Pop(mark);
        }
    }

    private void WalkTemplate(Value dot, TemplateNode t)
    {
        At(t);
        if (!Set.Trees.TryGetValue(t.Name, out var target))
        {
            throw Error($"template {GoQuote.Quote(t.Name)} not defined");
        }

        if (Depth >= Budget.Limits.MaxDepth)
        {
            throw Error($"exceeded maximum template depth ({Budget.Limits.MaxDepth})");
        }

        var newDot = t.Pipe is null ? Value.Invalid : EvalPipeline(dot, t.Pipe);
        var inner = new State(Set, target, Output, Budget, Depth + 1);
        inner.Run(newDot);
    }

    private void PrintValue(Node n, Value v)
    {
        At(n);
        if (v.Kind == GoKind.Pointer)
        {
            (v, _) = Indirect(v);
        }

        if (!v.IsValid)
        {
            Write("<no value>", n, null);
            return;
        }

        object? data = v.Data ?? v.Kind switch
        {
            GoKind.Slice => Array.Empty<object?>(),
            GoKind.Map => new GoMap(),
            _ => null,
        };
        if (v.Kind != GoKind.Interface && v.CanAddr && v.Data is not null
            && (v.Type!.FindMethod("Error") ?? v.Type.FindMethod("String")) is { PointerReceiver: true })
        {
            data = new GoPointer(GoTypes.PointerTo(v.Type), v.Data);
        }
        else if (v.Kind is GoKind.Func or GoKind.Chan)
        {
            throw Error($"can't print {n} of type {v.Type!.Name}");
        }

        Write(GoFormat.ToString(data), n, v.Origin);
    }

    private void Push(string name, Value value) => vars.Add((name, value));

    private void Pop(int mark) => vars.RemoveRange(mark, vars.Count - mark);

    private void SetVar(string name, Value value)
    {
        for (var i = vars.Count - 1; i >= 0; i--)
        {
            if (vars[i].Name == name)
            {
                vars[i] = (name, value);
                return;
            }
        }

        throw Error("undefined variable: " + name);
    }

    private void SetTopVar(int n, Value value) => vars[^n] = (vars[^n].Name, value);

    private Value VarValue(string name)
    {
        for (var i = vars.Count - 1; i >= 0; i--)
        {
            if (vars[i].Name == name)
            {
                return vars[i].Value;
            }
        }

        throw Error("undefined variable: " + name);
    }
}
