using Rampart.Templates.Execution;
using Rampart.Templates.Functions;
using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates;

/// <summary>
/// A set of associated templates sharing one function table and one <c>missingkey</c> option (Go's *template.Template
/// with its namespace): parse texts into it, then execute any template by name.
/// </summary>
public sealed class TemplateSet
{
    private readonly IReadOnlyDictionary<string, GoFunction> functions;

    public TemplateSet(IReadOnlyDictionary<string, GoFunction> functions, MissingKey missingKey = MissingKey.Zero, ExecutionLimits? limits = null, string rootName = "gotpl")
    {
        this.functions = functions;
        MissingKey = missingKey;
        Limits = limits ?? ExecutionLimits.Default;
        RootName = rootName;
    }

    private TemplateSet(TemplateSet other)
        : this(other.functions, other.MissingKey, other.Limits, other.RootName)
    {
        foreach (var (name, tree) in other.Trees)
        {
            Trees[name] = tree;
        }
    }

    public MissingKey MissingKey { get; }

    public ExecutionLimits Limits { get; }

    /// <summary>The name of the set's root template (Helm's is "gotpl"), used in some of Go's messages.</summary>
    public string RootName { get; }

    internal Dictionary<string, TemplateTree> Trees { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> TemplateNames => Trees.Keys;

    public bool Contains(string name) => Trees.ContainsKey(name);

    /// <summary>A copy sharing the parsed trees; templates added to the copy do not reach this set (Go's Clone).</summary>
    public TemplateSet Clone() => new(this);

    /// <summary>
    /// Parses <paramref name="text"/> as template <paramref name="name"/> (and the templates it defines) into the set;
    /// returns Go's parse error, or null. A definition replaces an earlier one unless it is empty (Go's AddParseTree).
    /// </summary>
    public string? Parse(string name, string text)
    {
        var (trees, error) = Parser.Parse(name, text, HasFunction);
        if (trees is null)
        {
            return error;
        }

        foreach (var (treeName, tree) in trees)
        {
            if (Trees.TryGetValue(treeName, out var old) && tree.Root.IsEmpty() && !old.Root.IsEmpty())
            {
                continue;
            }

            Trees[treeName] = tree;
        }

        return null;
    }

    /// <summary>Executes template <paramref name="name"/> with <paramref name="data"/> as the cursor.</summary>
    public ExecutionResult Execute(string name, object? data, Budget? budget = null) => Execute(name, Value.Of(data), budget);

    /// <summary>Executes template <paramref name="name"/> with a cursor of a given static type.</summary>
    public ExecutionResult Execute(string name, Value dot, Budget? budget = null)
    {
        budget ??= new Budget(Limits);
        var output = new Output(budget);
        if (!Trees.TryGetValue(name, out var tree))
        {
            return new ExecutionResult(output, $"template: no template {GoQuote.Quote(name)} associated with template {GoQuote.Quote(RootName)}", null);
        }

        var state = new State(this, tree, output, budget, 0);
        try
        {
            state.Run(dot);
            return new ExecutionResult(output, null, null);
        }
        catch (TemplateExecException e)
        {
            return new ExecutionResult(output, e.Message, e.Position);
        }
    }

    internal bool HasFunction(string name) => functions.ContainsKey(name) || Builtins.Table.ContainsKey(name);

    internal bool TryGetFunction(string name, out GoFunction function, out bool isBuiltin)
    {
        if (functions.TryGetValue(name, out function!))
        {
            isBuiltin = false;
            return true;
        }

        isBuiltin = Builtins.Table.TryGetValue(name, out function!);
        return isBuiltin;
    }
}
