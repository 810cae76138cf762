using Rampart.Cel.Checking;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// Turns a checked expression into evaluation nodes: names become variable reads or slot reads, calls are
/// bound to their candidate overloads (prepared with literal arguments), operators with special evaluation
/// rules get their own nodes, and the list accumulators of macros are built in place.
/// </summary>
internal sealed partial class Planner
{
    private readonly CheckResult check;
    private readonly SourceText source;
    private readonly List<CelIssue> errors = [];
    private readonly List<(string Name, int Slot)> scope = [];
    private readonly HashSet<int> builderSlots = [];
    private readonly bool foldLiteralCalls;
    private readonly bool goMapKeys;
    private int maxSlots;

    private Planner(CheckResult check, SourceText source, bool kubernetes)
    {
        this.check = check;
        this.source = source;
        foldLiteralCalls = kubernetes;
        goMapKeys = kubernetes;
    }

    /// <param name="kubernetes">
    /// Plan as the Kubernetes environment runs: calls on literals folded at compile time, and map literals and
    /// lookups keyed as cel-go keys them.
    /// </param>
    public static PlanResult Plan(Expr root, CheckResult check, SourceText source, bool kubernetes = false)
    {
        var planner = new Planner(check, source, kubernetes);
        var node = planner.Plan(root);
        return new PlanResult(node, planner.maxSlots, planner.errors);
    }

    private EvalNode Plan(Expr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return PlanNode(expr);
    }

    private EvalNode PlanNode(Expr expr) => expr switch
    {
        ConstantExpr c => new ConstantNode(c.Value),
        IdentExpr i => PlanIdent(i),
        SelectExpr s => PlanSelect(s),
        CallExpr c => PlanCall(c),
        ListExpr l => PlanList(l),
        MapExpr m => PlanMap(m),
        StructExpr s => new ErrorNode($"unknown message type '{s.TypeName}'", Locate(s), [.. s.Fields.Select(f => Plan(f.Value))]),
        ComprehensionExpr c => PlanComprehension(c),
        _ => new ErrorNode("unsupported expression", Locate(expr), []),
    };

    private CelSourceLocation Locate(Expr expr) => source.Locate(expr.Offset);

    private int? LookupSlot(string name)
    {
        for (var i = scope.Count - 1; i >= 0; i--)
        {
            if (scope[i].Name == name)
            {
                return scope[i].Slot;
            }
        }

        return null;
    }

    private int Push(string name)
    {
        var slot = scope.Count;
        scope.Add((name, slot));
        maxSlots = Math.Max(maxSlots, scope.Count);
        return slot;
    }

    private void Pop(int count) => scope.RemoveRange(scope.Count - count, count);

    private EvalNode PlanIdent(IdentExpr ident)
    {
        if (!ident.Name.StartsWith('.') && LookupSlot(ident.Name) is { } slot)
        {
            return new LocalNode(slot);
        }

        return check.References[ident.Id] switch
        {
            VariableReference v => new VariableNode(v.Name, Locate(ident)),
            TypeReference t => new ConstantNode(t.Type),
            _ => new VariableNode(ident.Name.TrimStart('.'), Locate(ident)),
        };
    }

    private EvalNode PlanSelect(SelectExpr select)
    {
        switch (check.References[select.Id])
        {
            case VariableReference v:
                return new VariableNode(v.Name, Locate(select));
            case TypeReference t:
                return new ConstantNode(t.Type);
        }

        var operand = Plan(select.Operand);
        var field = CelString.Of(select.Field);
        if (select.TestOnly)
        {
            return new HasNode(operand, field, Locate(select));
        }

        return select.Optional
            ? new OptionalSelectNode(operand, field, Locate(select))
            : new SelectNode(operand, field, Locate(select));
    }

    private ListNode PlanList(ListExpr list)
    {
        var elements = list.Elements.Select(Plan).ToArray();
        bool[]? optional = null;
        if (list.OptionalIndices.Length > 0)
        {
            optional = new bool[elements.Length];
            foreach (var i in list.OptionalIndices)
            {
                optional[i] = true;
            }
        }

        return new ListNode(elements, optional, Locate(list));
    }

    private MapNode PlanMap(MapExpr map)
    {
        var keys = new EvalNode[map.Entries.Length];
        var values = new EvalNode[map.Entries.Length];
        bool[]? optional = null;
        for (var i = 0; i < keys.Length; i++)
        {
            var entry = map.Entries[i];
            keys[i] = Plan(entry.Key);
            values[i] = Plan(entry.Value);
            if (entry.Optional)
            {
                optional ??= new bool[keys.Length];
                optional[i] = true;
            }
        }

        return new MapNode(keys, values, optional, Locate(map), goMapKeys);
    }

    private ComprehensionNode PlanComprehension(ComprehensionExpr c)
    {
        var range = Plan(c.Range);
        var builder = IsListBuilder(c);
        var accuInit = builder ? new NewListBuilderNode() : IsMapBuilder(c) ? new NewMapBuilderNode() : Plan(c.AccuInit);
        var accuSlot = Push(c.AccuVar);
        if (builder)
        {
            builderSlots.Add(accuSlot);
        }

        var iterSlot = Push(c.IterVar);
        var iter2Slot = c.IterVar2 is null ? -1 : Push(c.IterVar2);
        var condition = Plan(c.LoopCondition);
        var step = Plan(c.LoopStep);
        builderSlots.Remove(accuSlot);
        Pop(c.IterVar2 is null ? 1 : 2);
        var result = Plan(c.Result);
        Pop(1);
        return new ComprehensionNode(range, iterSlot, iter2Slot, accuSlot, accuInit, condition, step, result, Locate(c));
    }

    /// <summary>
    /// Whether the comprehension is the shape <c>map</c>/<c>filter</c>/<c>transformList</c> expand to: an empty
    /// list accumulator that the step only appends to and the result returns.
    /// </summary>
    private static bool IsListBuilder(ComprehensionExpr c)
    {
        if (c.AccuVar != MacroExpander.AccumulatorName || c.AccuInit is not ListExpr { Elements.Length: 0 } || c.Result is not IdentExpr { Name: MacroExpander.AccumulatorName })
        {
            return false;
        }

        return IsAppend(c.LoopStep)
            || (c.LoopStep is CallExpr { Function: Operators.Conditional, Arguments: [_, var then, IdentExpr { Name: MacroExpander.AccumulatorName }] } && IsAppend(then));
    }

    /// <summary>
    /// Whether the comprehension is the shape <c>transformMap</c> expands to: an empty map accumulator that the
    /// step only inserts into and the result returns.
    /// </summary>
    private static bool IsMapBuilder(ComprehensionExpr c)
    {
        if (c.AccuVar != MacroExpander.AccumulatorName || c.AccuInit is not MapExpr { Entries.Length: 0 } || c.Result is not IdentExpr { Name: MacroExpander.AccumulatorName })
        {
            return false;
        }

        return IsInsert(c.LoopStep)
            || (c.LoopStep is CallExpr { Function: Operators.Conditional, Arguments: [_, var then, IdentExpr { Name: MacroExpander.AccumulatorName }] } && IsInsert(then));
    }

    private static bool IsInsert(Expr step) =>
        step is CallExpr { Function: Operators.MapInsert, Target: null, Arguments: [IdentExpr { Name: MacroExpander.AccumulatorName }, ..] };

    private static bool IsAppend(Expr step) =>
        step is CallExpr { Function: Operators.Add, Target: null, Arguments: [IdentExpr { Name: MacroExpander.AccumulatorName }, ListExpr { Elements.Length: 1, OptionalIndices.Length: 0 }] };
}
