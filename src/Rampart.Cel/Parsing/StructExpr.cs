namespace Rampart.Cel.Parsing;

/// <summary>A message literal (<c>pkg.Type{field: value}</c>); the keys are constant strings naming fields.</summary>
internal sealed class StructExpr(int id, int offset, string typeName, MapEntryExpr[] fields)
    : Expr(id, offset, MapExpr.MaxHeight(fields) + 1)
{
    public string TypeName { get; } = typeName;

    public MapEntryExpr[] Fields { get; } = fields;
}
