using System.Globalization;
using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>
/// Expands CEL's macros into comprehensions and selections as the parser meets them: <c>has</c>,
/// <c>all</c>, <c>exists</c>, <c>exists_one</c>, <c>map</c>, <c>filter</c>, their two-variable forms
/// (<c>all(k, v, p)</c>, <c>existsOne</c>, <c>transformList</c>, <c>transformMap</c>), <c>cel.bind</c>,
/// <c>cel.block</c> with its index and variable names, and the optional macros <c>optMap</c>/<c>optFlatMap</c>.
/// </summary>
internal sealed class MacroExpander(AstBuilder ast)
{
    public const string AccumulatorName = "@result";
    private const string UnusedIterVar = "#unused";
    private const string OptionalTargetName = "@optional";

    /// <summary>The expansion, or null when the call is not a macro (it stays a plain call).</summary>
    public Expr? TryExpand(int offset, string function, Expr? target, Expr[] args)
    {
        if (target is null)
        {
            return function == "has" && args.Length == 1 ? ExpandHas(offset, args[0]) : null;
        }

        if (target is IdentExpr { Name: "cel" })
        {
            switch (function)
            {
                case "bind" when args.Length == 3:
                    return Bind(offset, VariableName(args[0]), args[1], args[2]);
                case "block" when args.Length == 2:
                    return ExpandBlock(offset, args[0], args[1]);
                case "index" when args.Length == 1:
                    return ast.Ident(offset, "@index" + SmallInt(args[0]));
                case "iterVar" when args.Length == 2:
                    return ast.Ident(offset, $"@it:{SmallInt(args[0])}:{SmallInt(args[1])}");
                case "accuVar" when args.Length == 2:
                    return ast.Ident(offset, $"@ac:{SmallInt(args[0])}:{SmallInt(args[1])}");
            }
        }

        return (function, args.Length) switch
        {
            ("all", 2) => All(offset, target, VariableName(args[0]), null, args[1]),
            ("all", 3) => All(offset, target, VariableName(args[0]), SecondName(args), args[2]),
            ("exists", 2) => Exists(offset, target, VariableName(args[0]), null, args[1]),
            ("exists", 3) => Exists(offset, target, VariableName(args[0]), SecondName(args), args[2]),
            ("exists_one" or "existsOne", 2) => ExistsOne(offset, target, VariableName(args[0]), null, args[1]),
            ("exists_one" or "existsOne", 3) => ExistsOne(offset, target, VariableName(args[0]), SecondName(args), args[2]),
            ("map", 2) => MapList(offset, target, VariableName(args[0]), null, null, args[1]),
            ("map", 3) => MapList(offset, target, VariableName(args[0]), null, args[1], args[2]),
            ("filter", 2) => Filter(offset, target, VariableName(args[0]), args[1]),
            ("transformList", 3) => MapList(offset, target, VariableName(args[0]), SecondName(args), null, args[2]),
            ("transformList", 4) => MapList(offset, target, VariableName(args[0]), SecondName(args), args[2], args[3]),
            ("transformMap", 3) => TransformMap(offset, target, VariableName(args[0]), SecondName(args), null, args[2], entry: false),
            ("transformMap", 4) => TransformMap(offset, target, VariableName(args[0]), SecondName(args), args[2], args[3], entry: false),
            ("transformMapEntry", 3) => TransformMap(offset, target, VariableName(args[0]), SecondName(args), null, args[2], entry: true),
            ("transformMapEntry", 4) => TransformMap(offset, target, VariableName(args[0]), SecondName(args), args[2], args[3], entry: true),
            ("sortBy", 2) => SortBy(offset, target, VariableName(args[0]), args[1]),
            ("optMap", 2) => OptMap(offset, target, VariableName(args[0]), args[1], flat: false),
            ("optFlatMap", 2) => OptMap(offset, target, VariableName(args[0]), args[1], flat: true),
            _ => null,
        };
    }

    private SelectExpr ExpandHas(int offset, Expr argument)
    {
        if (argument is not SelectExpr { TestOnly: false, Optional: false } select)
        {
            throw new SyntaxError(argument.Offset, "invalid argument to has() macro");
        }

        return ast.Select(offset, select.Operand, select.Field, testOnly: true);
    }

    private ComprehensionExpr All(int offset, Expr range, string v1, string? v2, Expr predicate) =>
        ast.Comprehension(offset, v1, v2, range, AccumulatorName,
            ast.Constant(offset, CelBool.True),
            ast.Call(offset, Operators.NotStrictlyFalse, Accu(offset)),
            ast.Call(offset, Operators.LogicalAnd, Accu(offset), predicate),
            Accu(offset));

    private ComprehensionExpr Exists(int offset, Expr range, string v1, string? v2, Expr predicate) =>
        ast.Comprehension(offset, v1, v2, range, AccumulatorName,
            ast.Constant(offset, CelBool.False),
            ast.Call(offset, Operators.NotStrictlyFalse, ast.Call(offset, Operators.LogicalNot, Accu(offset))),
            ast.Call(offset, Operators.LogicalOr, Accu(offset), predicate),
            Accu(offset));

    private ComprehensionExpr ExistsOne(int offset, Expr range, string v1, string? v2, Expr predicate) =>
        ast.Comprehension(offset, v1, v2, range, AccumulatorName,
            ast.Constant(offset, CelInt.Zero),
            ast.Constant(offset, CelBool.True),
            ast.Call(offset, Operators.Conditional, predicate, ast.Call(offset, Operators.Add, Accu(offset), ast.Constant(offset, CelInt.One)), Accu(offset)),
            ast.Call(offset, Operators.Equal, Accu(offset), ast.Constant(offset, CelInt.One)));

    private ComprehensionExpr MapList(int offset, Expr range, string v1, string? v2, Expr? filter, Expr transform)
    {
        Expr step = ast.Call(offset, Operators.Add, Accu(offset), ast.List(offset, [transform], []));
        if (filter is not null)
        {
            step = ast.Call(offset, Operators.Conditional, filter, step, Accu(offset));
        }

        return ast.Comprehension(offset, v1, v2, range, AccumulatorName, ast.List(offset, [], []), ast.Constant(offset, CelBool.True), step, Accu(offset));
    }

    private ComprehensionExpr Filter(int offset, Expr range, string v1, Expr predicate)
    {
        var append = ast.Call(offset, Operators.Add, Accu(offset), ast.List(offset, [ast.Ident(offset, v1)], []));
        var step = ast.Call(offset, Operators.Conditional, predicate, append, Accu(offset));
        return ast.Comprehension(offset, v1, null, range, AccumulatorName, ast.List(offset, [], []), ast.Constant(offset, CelBool.True), step, Accu(offset));
    }

    /// <summary>
    /// <c>transformMap</c> inserts the key and the transformed value; <c>transformMapEntry</c> inserts every entry of
    /// the map its expression makes (<c>{k: v}</c>), through the two-argument form of the insert.
    /// </summary>
    private ComprehensionExpr TransformMap(int offset, Expr range, string v1, string v2, Expr? filter, Expr transform, bool entry)
    {
        Expr step = entry
            ? ast.Call(offset, Operators.MapInsert, Accu(offset), transform)
            : ast.Call(offset, Operators.MapInsert, Accu(offset), ast.Ident(offset, v1), transform);
        if (filter is not null)
        {
            step = ast.Call(offset, Operators.Conditional, filter, step, Accu(offset));
        }

        return ast.Comprehension(offset, v1, v2, range, AccumulatorName, ast.Map(offset, []), ast.Constant(offset, CelBool.True), step, Accu(offset));
    }

    /// <summary>
    /// <c>list.sortBy(e, key)</c> of cel-go's lists extension: the list, bound once, sorted by the keys its elements
    /// map to, <c>@sortByAssociatedKeys(list, list.map(e, key))</c>.
    /// </summary>
    private ComprehensionExpr SortBy(int offset, Expr range, string variable, Expr key)
    {
        var keys = MapList(offset, ast.Ident(offset, SortByInputName), variable, null, null, key);
        var sorted = ast.MemberCall(offset, SortByAssociatedKeys, ast.Ident(offset, SortByInputName), keys);
        return Bind(offset, SortByInputName, range, sorted);
    }

    /// <summary><c>cel.bind(v, init, body)</c>: evaluates <c>body</c> with <c>v</c> bound to <c>init</c>.</summary>
    private ComprehensionExpr Bind(int offset, string name, Expr init, Expr body) =>
        ast.Comprehension(offset, UnusedIterVar, null, ast.List(offset, [], []), name, init,
            ast.Constant(offset, CelBool.False), ast.Ident(offset, name), body);

    /// <summary><c>cel.block([e0, e1, ...], body)</c>: each <c>@indexN</c> is bound in turn, visible to later ones.</summary>
    private Expr ExpandBlock(int offset, Expr bindings, Expr body)
    {
        if (bindings is not ListExpr { OptionalIndices.Length: 0 } list)
        {
            throw new SyntaxError(bindings.Offset, "cel.block requires a list literal of bindings");
        }

        var result = body;
        for (var i = list.Elements.Length - 1; i >= 0; i--)
        {
            result = Bind(offset, "@index" + i.ToString(CultureInfo.InvariantCulture), list.Elements[i], result);
        }

        return result;
    }

    /// <summary>
    /// <c>o.optMap(v, e)</c> is <c>o.hasValue() ? optional.of(cel.bind(v, o.value(), e)) : optional.none()</c>,
    /// with <c>o</c> bound once to a hidden name: using the target expression twice would double the tree
    /// at every link of a chain of <c>optMap</c> calls, so that 20 of them took a minute to compile.
    /// </summary>
    private ComprehensionExpr OptMap(int offset, Expr target, string name, Expr body, bool flat)
    {
        var bound = Bind(offset, name, ast.MemberCall(offset, "value", ast.Ident(offset, OptionalTargetName)), body);
        Expr present = flat ? bound : ast.Call(offset, "optional.of", bound);
        var choice = ast.Call(offset, Operators.Conditional, ast.MemberCall(offset, "hasValue", ast.Ident(offset, OptionalTargetName)), present, ast.Call(offset, "optional.none"));
        return Bind(offset, OptionalTargetName, target, choice);
    }

    /// <summary>The function <c>sortBy</c> expands to, declared by the lists extension.</summary>
    internal const string SortByAssociatedKeys = "@sortByAssociatedKeys";

    private const string SortByInputName = "@__sortBy_input__";

    private IdentExpr Accu(int offset) => ast.Ident(offset, AccumulatorName);

    /// <summary>The second variable of a two-variable macro, which may not repeat the first (as in cel-go).</summary>
    private static string SecondName(Expr[] args)
    {
        var second = VariableName(args[1]);
        return second == VariableName(args[0])
            ? throw new SyntaxError(args[1].Offset, $"duplicate variable name: {second}")
            : second;
    }

    private static string VariableName(Expr expr) =>
        expr is IdentExpr ident && !ident.Name.StartsWith('.')
            ? ident.Name
            : throw new SyntaxError(expr.Offset, "argument must be a simple name");

    private static long SmallInt(Expr expr) =>
        expr is ConstantExpr { Value: CelInt i } && i.Value is >= 0 and < 100_000
            ? i.Value
            : throw new SyntaxError(expr.Offset, "expected a small non-negative integer literal");
}
