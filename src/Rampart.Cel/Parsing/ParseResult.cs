namespace Rampart.Cel.Parsing;

/// <summary>The parsed expression or the first syntax error; <see cref="IdCount"/> bounds the node ids.</summary>
internal sealed record ParseResult(Expr? Root, SourceText Source, CelIssue? Error, int IdCount);
