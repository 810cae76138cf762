using Rampart.Cel.Checking;
using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The static cost estimate, in the units of the runtime limit and with the same per-node costs: variables
/// and selections 1, calls as their overloads declare, list and map literals 10 and 30, and comprehensions
/// their body times the size of their range. Sizes nothing bounds are taken as
/// <see cref="CelLimits.AssumedMaxSize"/>, so a nested map over unbounded lists shows as huge.
/// </summary>
internal sealed class CostEstimator
{
    private readonly CheckResult check;
    private readonly CelSizeEstimate unknown;
    private readonly List<(string Name, CelSizeEstimate Size)> locals = [];

    private CostEstimator(CheckResult check, CelEnvironment environment)
    {
        this.check = check;
        unknown = new CelSizeEstimate(0, environment.Limits.AssumedMaxSize);
    }

    public static CelCostEstimate Estimate(Expr root, CheckResult check, CelEnvironment environment) =>
        new CostEstimator(check, environment).Visit(root).Cost;

    private (CelCostEstimate Cost, CelSizeEstimate Size) Visit(Expr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return expr switch
        {
            ConstantExpr c => (CelCostEstimate.Zero, CelSizeEstimate.Exactly(CelCallCost.SizeOf(c.Value))),
            IdentExpr i => (CelCostEstimate.Exactly(1), LocalSize(i.Name) ?? unknown),
            SelectExpr s => (Visit(s.Operand).Cost.Add(CelCostEstimate.Exactly(1)), unknown),
            CallExpr c => VisitCall(c),
            ListExpr l => (Sum(l.Elements).Add(CelCostEstimate.Exactly(10)), CelSizeEstimate.Exactly((ulong)l.Elements.Length)),
            MapExpr m => (Sum(m.Entries.SelectMany(e => new[] { e.Key, e.Value })).Add(CelCostEstimate.Exactly(30)), CelSizeEstimate.Exactly((ulong)m.Entries.Length)),
            StructExpr s => (Sum(s.Fields.Select(f => f.Value)).Add(CelCostEstimate.Exactly(40)), unknown),
            ComprehensionExpr c => VisitComprehension(c),
            _ => (CelCostEstimate.Zero, unknown),
        };
    }

    private CelCostEstimate Sum(IEnumerable<Expr> items)
    {
        var total = CelCostEstimate.Zero;
        foreach (var item in items)
        {
            total = total.Add(Visit(item).Cost);
        }

        return total;
    }

    private CelSizeEstimate? LocalSize(string name)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (locals[i].Name == name)
            {
                return locals[i].Size;
            }
        }

        return null;
    }

    private (CelCostEstimate Cost, CelSizeEstimate Size) VisitCall(CallExpr call)
    {
        var reference = check.References[call.Id] as FunctionReference;
        var member = reference?.IsMember ?? call.Target is not null;
        Expr[] arguments = member && call.Target is not null ? [call.Target, .. call.Arguments] : call.Arguments;
        var visited = arguments.Select(Visit).ToArray();
        var function = reference?.Function ?? call.Function;
        switch (function)
        {
            case Operators.LogicalAnd or Operators.LogicalOr when visited.Length == 2:
                return (new CelCostEstimate(visited[0].Cost.Min, CelCostEstimate.SaturatingAdd(visited[0].Cost.Max, visited[1].Cost.Max)), CelSizeEstimate.Exactly(1));
            case Operators.Conditional when visited.Length == 3:
                return (visited[0].Cost.Add(visited[1].Cost.Union(visited[2].Cost)), Union(visited[1].Size, visited[2].Size));
        }

        var total = CelCostEstimate.Zero;
        foreach (var (cost, _) in visited)
        {
            total = total.Add(cost);
        }

        var sizes = visited.Select(v => v.Size).ToArray();
        CelCostEstimate? own = null;
        foreach (var overload in reference?.Candidates ?? [])
        {
            var estimate = overload.Cost.Estimate(sizes);
            own = own is { } previous ? previous.Union(estimate) : estimate;
        }

        var resultSize = function == Operators.Add && sizes.Length == 2
            ? new CelSizeEstimate(CelCostEstimate.SaturatingAdd(sizes[0].Min, sizes[1].Min), CelCostEstimate.SaturatingAdd(sizes[0].Max, sizes[1].Max))
            : unknown;
        return (total.Add(own ?? CelCostEstimate.Exactly(1)), resultSize);
    }

    private (CelCostEstimate Cost, CelSizeEstimate Size) VisitComprehension(ComprehensionExpr c)
    {
        var (rangeCost, rangeSize) = Visit(c.Range);
        var (initCost, _) = Visit(c.AccuInit);
        locals.Add((c.AccuVar, rangeSize));
        locals.Add((c.IterVar, unknown));
        if (c.IterVar2 is not null)
        {
            locals.Add((c.IterVar2, unknown));
        }

        var body = Visit(c.LoopCondition).Cost.Add(Visit(c.LoopStep).Cost);
        locals.RemoveRange(locals.Count - (c.IterVar2 is null ? 1 : 2), c.IterVar2 is null ? 1 : 2);
        var (resultCost, resultSize) = Visit(c.Result);
        locals.RemoveAt(locals.Count - 1);
        var loop = body.Multiply(rangeSize);
        var isBind = c.Range is ListExpr { Elements.Length: 0 };
        return (rangeCost.Add(initCost).Add(loop).Add(resultCost), isBind ? resultSize : rangeSize);
    }

    private static CelSizeEstimate Union(CelSizeEstimate a, CelSizeEstimate b) => new(Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max));
}
