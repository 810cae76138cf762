using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

internal sealed partial class Checker
{
    private CelType VisitList(ListExpr list)
    {
        var elementType = unifier.FreshVariable();
        for (var i = 0; i < list.Elements.Length; i++)
        {
            var type = Visit(list.Elements[i]);
            if (Array.IndexOf(list.OptionalIndices, i) >= 0)
            {
                type = UnwrapOptional(list.Elements[i], type);
            }

            elementType = unifier.Join(elementType, type);
        }

        return CelType.List(elementType);
    }

    private CelType VisitMap(MapExpr map)
    {
        var keyType = unifier.FreshVariable();
        var valueType = unifier.FreshVariable();
        foreach (var entry in map.Entries)
        {
            var key = Visit(entry.Key);
            var resolvedKey = unifier.Substitute(key);
            if (!env.KubernetesCompileChecks && resolvedKey.Kind is not (CelTypeKind.Int or CelTypeKind.UInt or CelTypeKind.Bool or CelTypeKind.String
                or CelTypeKind.Dyn or CelTypeKind.TypeParam or CelTypeKind.Error))
            {
                Error(entry.Key.Offset, $"unsupported map key type: {Describe(resolvedKey)}");
            }

            var value = Visit(entry.Value);
            if (entry.Optional)
            {
                value = UnwrapOptional(entry.Value, value);
            }

            keyType = unifier.Join(keyType, key);
            valueType = unifier.Join(valueType, value);
        }

        return CelType.Map(keyType, valueType);
    }

    private CelType UnwrapOptional(Expr expr, CelType type)
    {
        var resolved = unifier.Substitute(type);
        if (resolved.Kind == CelTypeKind.Optional)
        {
            return resolved.Parameters[0];
        }

        if (resolved.Kind is CelTypeKind.Dyn or CelTypeKind.TypeParam or CelTypeKind.Error)
        {
            return CelType.Dyn;
        }

        Error(expr.Offset, $"expected type 'optional_type' but found '{Describe(resolved)}'");
        return CelType.Dyn;
    }
}
