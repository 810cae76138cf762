using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

internal sealed partial class Checker
{
    private CelType VisitCall(CallExpr call)
    {
        if (call.Target is not null
            && QualifiedName(call.Target) is { } prefix
            && ResolveFunction(prefix + "." + call.Function) is { } qualified)
        {
            // A namespaced function: math.greatest(1, 2), optional.of(x).
            return ResolveOverload(call, qualified, member: false, call.Arguments);
        }

        if (call.Target is not null)
        {
            return ResolveOverload(call, call.Function, member: true, [call.Target, .. call.Arguments]);
        }

        var name = ResolveFunction(call.Function) ?? call.Function.TrimStart('.');
        return ResolveOverload(call, name, member: false, call.Arguments);
    }

    private string? ResolveFunction(string name)
    {
        foreach (var candidate in Candidates(name))
        {
            if (env.Functions.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private CelType ResolveOverload(CallExpr call, string function, bool member, Expr[] arguments)
    {
        var argumentTypes = new CelType[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            argumentTypes[i] = Visit(arguments[i]);
        }

        if (!env.Functions.TryGetValue(function, out var overloads))
        {
            Error(call.Offset, $"undeclared reference to '{function}' (in container '{env.Container}')");
            references[call.Id] = new FunctionReference(function, member, []);
            return strict ? CelType.Error : CelType.Dyn;
        }

        var matching = new List<CelOverload>();
        var shape = new List<CelOverload>();
        CelType? result = null;
        var before = unifier.Mark();
        foreach (var overload in overloads)
        {
            if (overload.IsMember != member || overload.Arity != arguments.Length)
            {
                continue;
            }

            shape.Add(overload);
            if (TryMatch(overload, argumentTypes, out var overloadResult))
            {
                matching.Add(overload);
                result = result is null || result.IsSameAs(overloadResult) ? overloadResult : CelType.Dyn;
            }

            unifier.Undo(before);
        }

        if (matching.Count == 0)
        {
            if (argumentTypes.All(t => unifier.Substitute(t).Kind != CelTypeKind.Error))
            {
                Error(call.Offset, NoMatchingOverload(function, member, argumentTypes));
            }

            references[call.Id] = new FunctionReference(function, member, [.. shape]);
            return strict ? CelType.Error : CelType.Dyn;
        }

        if (matching.Count == 1)
        {
            // Commit the bindings of the one overload that fits, so that its type variables stay resolved.
            TryMatch(matching[0], argumentTypes, out result);
        }

        references[call.Id] = new FunctionReference(function, member, [.. matching]);
        return result!;
    }

    private bool TryMatch(CelOverload overload, CelType[] argumentTypes, out CelType result)
    {
        var renames = new Dictionary<string, CelType>(StringComparer.Ordinal);
        for (var i = 0; i < argumentTypes.Length; i++)
        {
            var parameter = overload.IsGeneric ? unifier.Instantiate(overload.Parameters[i], renames) : overload.Parameters[i];
            if (!unifier.IsAssignable(parameter, argumentTypes[i]))
            {
                result = CelType.Error;
                return false;
            }
        }

        var declared = overload.IsGeneric ? unifier.Instantiate(overload.Result, renames) : overload.Result;
        result = unifier.Substitute(declared);
        return true;
    }

    private string NoMatchingOverload(string function, bool member, CelType[] argumentTypes)
    {
        var described = argumentTypes.Select(Describe).ToArray();
        var applied = member
            ? $"{described[0]}.({string.Join(", ", described.Skip(1))})"
            : $"({string.Join(", ", described)})";
        return $"found no matching overload for '{Operators.Display(function)}' applied to '{applied}'";
    }
}
