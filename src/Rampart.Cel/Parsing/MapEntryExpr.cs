namespace Rampart.Cel.Parsing;

/// <summary>One entry of a map literal or field of a message literal; optional entries are written <c>?k: v</c>.</summary>
internal sealed record MapEntryExpr(int Id, int Offset, Expr Key, Expr Value, bool Optional);
