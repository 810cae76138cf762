using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>
/// Resolves names (variables, types, namespaced functions, with the container) and types every node, with
/// gradual typing: <c>dyn</c> fits everywhere and leaves the decision to run time. With checking off it still
/// resolves names but reports no type errors, leaving every overload of the right shape to run-time dispatch.
/// </summary>
internal sealed partial class Checker
{
    private readonly CelEnvironment env;
    private readonly SourceText source;
    private readonly bool strict;
    private readonly CelType?[] types;
    private readonly Reference?[] references;
    private readonly List<CelIssue> errors = [];
    private readonly TypeUnifier unifier = new();
    private readonly List<(string Name, CelType Type)> locals = [];

    private Checker(CelEnvironment env, SourceText source, int idCount, bool strict)
    {
        this.env = env;
        this.source = source;
        this.strict = strict;
        types = new CelType?[idCount];
        references = new Reference?[idCount];
    }

    public static CheckResult Check(Expr root, int idCount, CelEnvironment env, SourceText source, bool strict)
    {
        var checker = new Checker(env, source, idCount, strict);
        checker.Visit(root);
        for (var i = 0; i < checker.types.Length; i++)
        {
            if (checker.types[i] is { } t)
            {
                checker.types[i] = checker.unifier.Substitute(t, final: true);
            }
        }

        return new CheckResult(checker.types, checker.references, checker.errors);
    }

    private CelType Visit(Expr expr)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var type = expr switch
        {
            ConstantExpr c => c.Value.Type,
            IdentExpr i => VisitIdent(i),
            SelectExpr s => VisitSelect(s),
            CallExpr c => VisitCall(c),
            ListExpr l => VisitList(l),
            MapExpr m => VisitMap(m),
            StructExpr s => VisitStruct(s),
            ComprehensionExpr c => VisitComprehension(c),
            _ => CelType.Error,
        };
        types[expr.Id] = type;
        return type;
    }

    private void Error(int offset, string message)
    {
        if (strict)
        {
            errors.Add(source.Issue(message, offset));
        }
    }

    private string Describe(CelType type) => unifier.Substitute(type, final: true).ToString();

    private CelType? LookupLocal(string name)
    {
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            if (locals[i].Name == name)
            {
                return locals[i].Type;
            }
        }

        return null;
    }

    private void PushLocal(string name, CelType type) => locals.Add((name, type));

    private void PopLocals(int count) => locals.RemoveRange(locals.Count - count, count);

    private CelType VisitStruct(StructExpr s)
    {
        foreach (var field in s.Fields)
        {
            Visit(field.Value);
        }

        Error(s.Offset, $"unknown message type '{s.TypeName}': message types are not supported");
        return CelType.Dyn;
    }

    private CelType VisitComprehension(ComprehensionExpr c)
    {
        var rangeType = unifier.Substitute(Visit(c.Range));
        CelType first;
        CelType second = CelType.Dyn;
        switch (rangeType.Kind)
        {
            case CelTypeKind.List:
                (first, second) = c.IterVar2 is null ? (rangeType.Parameters[0], CelType.Dyn) : (CelType.Int, rangeType.Parameters[0]);
                break;
            case CelTypeKind.Map:
                (first, second) = (rangeType.Parameters[0], rangeType.Parameters[1]);
                break;
            case CelTypeKind.Dyn or CelTypeKind.TypeParam or CelTypeKind.Error:
                first = CelType.Dyn;
                break;
            default:
                Error(c.Range.Offset, $"expression of type '{Describe(rangeType)}' cannot be range of a comprehension (must be list, map, or dynamic)");
                first = CelType.Dyn;
                break;
        }

        var accuType = Visit(c.AccuInit);
        PushLocal(c.AccuVar, accuType);
        PushLocal(c.IterVar, first);
        if (c.IterVar2 is not null)
        {
            PushLocal(c.IterVar2, second);
        }

        var conditionType = Visit(c.LoopCondition);
        if (!unifier.IsAssignable(CelType.Bool, conditionType))
        {
            Error(c.LoopCondition.Offset, $"expected type 'bool' but found '{Describe(conditionType)}'");
        }

        var stepType = Visit(c.LoopStep);
        if (!unifier.IsAssignable(accuType, stepType))
        {
            Error(c.LoopStep.Offset, $"expected type '{Describe(accuType)}' but found '{Describe(stepType)}'");
        }

        PopLocals(c.IterVar2 is null ? 1 : 2);
        var resultType = Visit(c.Result);
        PopLocals(1);
        return resultType;
    }
}
