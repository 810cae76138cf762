using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

internal sealed partial class Checker
{
    private static readonly Dictionary<string, CelType> BuiltInTypes = new(StringComparer.Ordinal)
    {
        ["int"] = CelType.Int,
        ["uint"] = CelType.UInt,
        ["double"] = CelType.Double,
        ["bool"] = CelType.Bool,
        ["string"] = CelType.String,
        ["bytes"] = CelType.Bytes,
        ["null_type"] = CelType.Null,
        ["type"] = CelType.TypeType,
        ["list"] = CelType.ListOfDyn,
        ["map"] = CelType.MapOfDyn,
        ["optional_type"] = CelType.OptionalOfDyn,
        ["google.protobuf.Timestamp"] = CelType.Timestamp,
        ["google.protobuf.Duration"] = CelType.Duration,
    };

    private CelType VisitIdent(IdentExpr ident)
    {
        if (!ident.Name.StartsWith('.') && LookupLocal(ident.Name) is { } local)
        {
            return local;
        }

        if (TryResolveName(ident.Name, ident.Id) is { } type)
        {
            return type;
        }

        Error(ident.Offset, $"undeclared reference to '{ident.Name.TrimStart('.')}' (in container '{env.Container}')");
        return strict ? CelType.Error : CelType.Dyn;
    }

    private CelType VisitSelect(SelectExpr select)
    {
        if (!select.TestOnly && !select.Optional && QualifiedName(select) is { } name && TryResolveName(name, select.Id) is { } resolved)
        {
            return resolved;
        }

        var operandType = Visit(select.Operand);
        var fieldType = FieldType(select, unifier.Substitute(operandType), allowOptional: true);
        if (select.TestOnly)
        {
            return CelType.Bool;
        }

        return select.Optional && fieldType.Kind != CelTypeKind.Optional ? CelType.Optional(fieldType) : fieldType;
    }

    private CelType FieldType(SelectExpr select, CelType operand, bool allowOptional)
    {
        switch (operand.Kind)
        {
            case CelTypeKind.Map:
                // As cel-go's checker: selection on a map yields its value type whatever the key type; a map
                // without string keys simply has no such entry at run time ({1u: 1}.a is an error, has() false).
                return operand.Parameters[1];
            case CelTypeKind.Dyn or CelTypeKind.TypeParam or CelTypeKind.Error:
                return CelType.Dyn;
            case CelTypeKind.Optional when allowOptional:
                var inner = FieldType(select, unifier.Substitute(operand.Parameters[0]), allowOptional: false);
                return CelType.Optional(inner);
            default:
                Error(select.Offset, $"type '{Describe(operand)}' does not support field selection");
                return CelType.Dyn;
        }
    }

    /// <summary>The dotted name an identifier or chain of selections spells, unless its root is a local variable.</summary>
    private string? QualifiedName(Expr expr)
    {
        switch (expr)
        {
            case IdentExpr ident:
                return LookupLocal(ident.Name) is null ? ident.Name : null;
            case SelectExpr { TestOnly: false, Optional: false } select:
                var prefix = QualifiedName(select.Operand);
                return prefix is null ? null : prefix + "." + select.Field;
            default:
                return null;
        }
    }

    /// <summary>Resolves a (possibly qualified) name to a variable or a type, recording the reference.</summary>
    private CelType? TryResolveName(string name, int id)
    {
        foreach (var candidate in Candidates(name))
        {
            if (env.Variables.TryGetValue(candidate, out var variable))
            {
                references[id] = new VariableReference(candidate);
                return variable;
            }

            if (BuiltInTypes.TryGetValue(candidate, out var builtIn) || env.Types.TryGetValue(candidate, out builtIn))
            {
                references[id] = new TypeReference(builtIn);
                return CelType.TypeOf(builtIn);
            }
        }

        return null;
    }

    /// <summary>
    /// The names <paramref name="name"/> may mean, most specific first: in container <c>a.b</c>, <c>x</c>
    /// may be <c>a.b.x</c>, <c>a.x</c> or <c>x</c>; a leading dot means exactly <c>x</c>.
    /// </summary>
    private IEnumerable<string> Candidates(string name)
    {
        if (name.StartsWith('.'))
        {
            yield return name[1..];
            yield break;
        }

        var container = env.Container;
        while (container.Length > 0)
        {
            yield return container + "." + name;
            var dot = container.LastIndexOf('.');
            container = dot < 0 ? string.Empty : container[..dot];
        }

        yield return name;
    }
}
