using System.Globalization;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>
/// Type variables and their bindings for one check: unification (is a value of type <c>actual</c> acceptable
/// where <c>expected</c> is wanted, binding variables on the way), with <c>dyn</c> accepted everywhere
/// (gradual typing).
/// </summary>
internal sealed class TypeUnifier
{
    private const int MaxTypeDepth = 64;
    private readonly Dictionary<string, CelType> bindings = new(StringComparer.Ordinal);

    /// <summary>Every binding made, with what it replaced, so that a trial can be undone without copying the bindings.</summary>
    private readonly List<(string Name, CelType? Previous)> trail = [];
    private int nextVariable;

    public CelType FreshVariable() => CelType.TypeParam("_var" + (nextVariable++).ToString(CultureInfo.InvariantCulture));

    /// <summary>A mark to undo to, to try an overload without committing to it. Costs nothing however many bindings exist.</summary>
    public int Mark() => trail.Count;

    /// <summary>Undoes every binding made since <paramref name="mark"/>.</summary>
    public void Undo(int mark)
    {
        for (var i = trail.Count - 1; i >= mark; i--)
        {
            var (name, previous) = trail[i];
            if (previous is null)
            {
                bindings.Remove(name);
            }
            else
            {
                bindings[name] = previous;
            }
        }

        trail.RemoveRange(mark, trail.Count - mark);
    }

    /// <summary>Renames the type parameters of a signature to fresh variables.</summary>
    public CelType Instantiate(CelType type, Dictionary<string, CelType> renames, int depth = 0)
    {
        if (type.Kind == CelTypeKind.TypeParam)
        {
            if (!renames.TryGetValue(type.Name, out var fresh))
            {
                fresh = FreshVariable();
                renames[type.Name] = fresh;
            }

            return fresh;
        }

        if (type.Parameters.Count == 0 || depth > MaxTypeDepth)
        {
            return type;
        }

        return Rebuild(type, [.. type.Parameters.Select(p => Instantiate(p, renames, depth + 1))]);
    }

    /// <summary>The type with bound variables replaced; unbound ones stay, or become dyn when <paramref name="final"/>.</summary>
    public CelType Substitute(CelType type, bool final = false, int depth = 0)
    {
        if (depth > MaxTypeDepth)
        {
            return CelType.Dyn;
        }

        if (type.Kind == CelTypeKind.TypeParam)
        {
            return bindings.TryGetValue(type.Name, out var bound) ? Substitute(bound, final, depth + 1) : final ? CelType.Dyn : type;
        }

        if (type.Parameters.Count == 0)
        {
            return type;
        }

        var changed = false;
        var parameters = new CelType[type.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = Substitute(type.Parameters[i], final, depth + 1);
            changed |= !ReferenceEquals(parameters[i], type.Parameters[i]);
        }

        return changed ? Rebuild(type, parameters) : type;
    }

    /// <summary>Whether <paramref name="actual"/> fits <paramref name="expected"/>, binding type variables as needed.</summary>
    public bool IsAssignable(CelType expected, CelType actual, int depth = 0)
    {
        if (depth > MaxTypeDepth)
        {
            return true;
        }

        expected = Resolve(expected);
        actual = Resolve(actual);
        if (expected.Kind == CelTypeKind.TypeParam)
        {
            return (actual.Kind == CelTypeKind.TypeParam && actual.Name == expected.Name) || Bind(expected, actual);
        }

        if (actual.Kind == CelTypeKind.TypeParam)
        {
            return Bind(actual, expected);
        }

        if (expected.Kind is CelTypeKind.Dyn or CelTypeKind.Error || actual.Kind is CelTypeKind.Dyn or CelTypeKind.Error)
        {
            return true;
        }

        if (expected.Kind == CelTypeKind.Type && actual.Kind == CelTypeKind.Type)
        {
            // Type values are all of runtime type 'type'; type(int) == type(uint) is a fair question.
            return true;
        }

        if (actual.Kind == CelTypeKind.Null)
        {
            return expected.Kind is CelTypeKind.Null or CelTypeKind.Optional or CelTypeKind.Opaque or CelTypeKind.Timestamp or CelTypeKind.Duration;
        }

        if (expected.Kind != actual.Kind || expected.Name != actual.Name || expected.Parameters.Count != actual.Parameters.Count)
        {
            // type (without a parameter) accepts any type(T).
            return expected.Kind == CelTypeKind.Type && actual.Kind == CelTypeKind.Type && expected.Parameters.Count == 0;
        }

        for (var i = 0; i < expected.Parameters.Count; i++)
        {
            if (!IsAssignable(expected.Parameters[i], actual.Parameters[i], depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type of a literal holding both: the more general when one accepts the other, else dyn.</summary>
    public CelType Join(CelType previous, CelType current)
    {
        var mark = Mark();
        if (IsAssignable(previous, current))
        {
            return MostGeneral(Substitute(previous), Substitute(current));
        }

        Undo(mark);
        return CelType.Dyn;
    }

    private static CelType MostGeneral(CelType a, CelType b)
    {
        if (a.Kind == CelTypeKind.Dyn || b.Kind == CelTypeKind.Dyn)
        {
            return CelType.Dyn;
        }

        if (a.Kind != b.Kind || a.Parameters.Count == 0 || a.Parameters.Count != b.Parameters.Count)
        {
            return a;
        }

        var parameters = new CelType[a.Parameters.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = MostGeneral(a.Parameters[i], b.Parameters[i]);
        }

        return Rebuild(a, parameters);
    }

    private CelType Resolve(CelType type)
    {
        var guard = 0;
        while (type.Kind == CelTypeKind.TypeParam && bindings.TryGetValue(type.Name, out var bound) && guard++ < MaxTypeDepth)
        {
            type = bound;
        }

        return type;
    }

    private bool Bind(CelType variable, CelType type)
    {
        if (Occurs(variable.Name, type, 0))
        {
            return false;
        }

        trail.Add((variable.Name, bindings.GetValueOrDefault(variable.Name)));
        bindings[variable.Name] = type;
        return true;
    }

    private bool Occurs(string name, CelType type, int depth)
    {
        if (depth > MaxTypeDepth)
        {
            return true;
        }

        type = Resolve(type);
        if (type.Kind == CelTypeKind.TypeParam)
        {
            return type.Name == name;
        }

        foreach (var p in type.Parameters)
        {
            if (Occurs(name, p, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    internal static CelType Rebuild(CelType type, CelType[] parameters) => type.Kind switch
    {
        CelTypeKind.List => CelType.List(parameters[0]),
        CelTypeKind.Map => CelType.Map(parameters[0], parameters[1]),
        CelTypeKind.Optional => CelType.Optional(parameters[0]),
        CelTypeKind.Type => CelType.TypeOf(parameters[0]),
        CelTypeKind.Opaque => CelType.Opaque(type.Name, parameters),
        _ => type,
    };
}
