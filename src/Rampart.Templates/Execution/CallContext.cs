using Rampart.Templates.Parse;

namespace Rampart.Templates.Execution;

/// <summary>
/// What a function sees of the execution that calls it: the template set (for <c>include</c> and <c>tpl</c>), the shared
/// budget, and where the call is. Functions never reach the executor's internals otherwise.
/// </summary>
public sealed class CallContext
{
    private readonly State state;
    private readonly Node node;

    internal CallContext(State state, Node node)
    {
        this.state = state;
        this.node = node;
    }

    public TemplateSet Set => state.Set;

    public Budget Budget => state.Budget;

    /// <summary>The template position of the call.</summary>
    public SourcePosition Position
    {
        get
        {
            var (line, column) = node.Tree.LineAndColumn(node.Pos);
            return new SourcePosition(node.Tree.ParseName, line, column);
        }
    }

    /// <summary>Executes template <paramref name="name"/> of the calling set into a string (Go's ExecuteTemplate), one level deeper.</summary>
    public string ExecuteTemplate(string name, object? data) => ExecuteTemplate(state.Set, name, data);

    /// <summary>Executes template <paramref name="name"/> of <paramref name="set"/> (a clone made by tpl) with the shared budget.</summary>
    public string ExecuteTemplate(TemplateSet set, string name, object? data)
    {
        if (!set.Trees.TryGetValue(name, out var tree))
        {
            throw new TemplateFunctionException($"template: no template {Values.GoQuote.Quote(name)} associated with template {Values.GoQuote.Quote(set.RootName)}");
        }

        if (state.Depth + 1 >= state.Budget.Limits.MaxDepth)
        {
            throw new TemplateFunctionException($"exceeded maximum template depth ({state.Budget.Limits.MaxDepth})");
        }

        var output = new Output(state.Budget);
        var inner = new State(set, tree, output, state.Budget, state.Depth + 1);
        try
        {
            inner.Run(Values.Value.Of(data));
        }
        catch (TemplateExecException e)
        {
            throw new TemplateFunctionException(e.Message);
        }

        return output.ToString();
    }
}
