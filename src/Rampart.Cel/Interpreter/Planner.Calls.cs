using Rampart.Cel.Checking;
using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed partial class Planner
{
    private EvalNode PlanCall(CallExpr call)
    {
        var reference = check.References[call.Id] as FunctionReference;
        var function = reference?.Function ?? call.Function;
        var member = reference?.IsMember ?? call.Target is not null;
        Expr[] arguments = member && call.Target is not null ? [call.Target, .. call.Arguments] : call.Arguments;
        var location = Locate(call);

        if (!member && TryPlanSpecial(function, arguments, location) is { } special)
        {
            return special;
        }

        var nodes = arguments.Select(Plan).ToArray();
        var candidates = reference?.Candidates ?? [];
        if (candidates.Length == 0)
        {
            return new ErrorNode($"no matching overload for '{Operators.Display(function)}'", location, nodes);
        }

        var targets = new CallTarget[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            targets[i] = Prepare(candidates[i], nodes, call);
        }

        EvalNode node = nodes.Length switch
        {
            1 => new Call1Node(function, targets, nodes[0], location),
            2 => new Call2Node(function, targets, nodes[0], nodes[1], location),
            _ => new CallNNode(function, targets, nodes, location),
        };
        return foldLiteralCalls && !member && FoldedFunctions.Contains(function) && Array.TrueForAll(nodes, n => n.Constant is not null)
            ? Fold(node, function, call)
            : node;
    }

    /// <summary>
    /// The functions the Kubernetes environment evaluates at compile time when their arguments are literals: cel-go's
    /// type conversions (which its optimizer folds), and the Kubernetes constructors whose literals it validates.
    /// </summary>
    private static readonly HashSet<string> FoldedFunctions = new(StringComparer.Ordinal)
    {
        "bool", "bytes", "double", "duration", "dyn", "int", "string", "timestamp", "type", "uint",
        "quantity", "ip", "cidr", "url", "semver",
    };

    private EvalNode Fold(EvalNode node, string function, CallExpr call)
    {
        var value = node.Evaluate(new EvalFrame(CelActivation.Empty, 0, long.MaxValue, CancellationToken.None));
        if (value is CelError error)
        {
            errors.Add(source.Issue($"invalid {function} argument: {error.Message}", call.Offset));
            return node;
        }

        return new ConstantNode(value);
    }

    private EvalNode? TryPlanSpecial(string function, Expr[] arguments, CelSourceLocation location)
    {
        switch (function, arguments.Length)
        {
            case (Operators.LogicalAnd or Operators.LogicalOr, 2):
                return new LogicalNode(Plan(arguments[0]), Plan(arguments[1]), function == Operators.LogicalAnd, location);
            case (Operators.Conditional, 3):
                return new ConditionalNode(Plan(arguments[0]), Plan(arguments[1]), Plan(arguments[2]), location);
            case (Operators.NotStrictlyFalse, 1):
                return new NotStrictlyFalseNode(Plan(arguments[0]));
            case (Operators.Equal or Operators.NotEquals, 2):
                return new EqualityNode(Plan(arguments[0]), Plan(arguments[1]), function == Operators.NotEquals);
            case (Operators.Index or Operators.OptionalIndex, 2):
                return new IndexNode(Plan(arguments[0]), Plan(arguments[1]), function == Operators.OptionalIndex, location, goMapKeys);
            case (Operators.MapInsert, 3):
                return new MapInsertNode(Plan(arguments[0]), Plan(arguments[1]), Plan(arguments[2]), location);
            case (Operators.MapInsert, 2):
                return new MapInsertNode(Plan(arguments[0]), Plan(arguments[1]), null, location);
            case (Operators.Add, 2) when arguments[0] is IdentExpr accu
                && LookupSlot(accu.Name) is { } slot && builderSlots.Contains(slot)
                && arguments[1] is ListExpr { Elements: [var element] }:
                return new AppendNode(slot, Plan(element));
            default:
                return null;
        }
    }

    /// <summary>Runs the overload's preparer (if any) with the literal arguments of this call.</summary>
    private CallTarget Prepare(CelOverload overload, EvalNode[] arguments, CallExpr call)
    {
        if (overload.Preparer is null)
        {
            return new CallTarget(overload, overload.Implementation);
        }

        var constants = arguments.Select(a => a.Constant).ToArray();
        CelPreparation preparation;
        try
        {
            preparation = overload.Preparer(constants);
        }
        catch (Exception e) when (e is not (OperationCanceledException or CelInternalException))
        {
            // Preparers report a literal they reject with CelPreparation.Fail; an exception is a defect in the library.
            throw new CelInternalException($"preparing function '{overload.Function}'", Locate(call), source.Text, e);
        }

        if (preparation.Error is { } error)
        {
            errors.Add(source.Issue(error, call.Offset));
        }

        return new CallTarget(overload, preparation.Implementation ?? overload.Implementation);
    }
}
