using Rampart.Loading;

namespace Rampart.Schemas;

/// <summary>One schema error: the rule, the kubectl-style field path, the node it points at, and what is wrong.</summary>
internal sealed record SchemaViolation(string RuleId, string FieldPath, Mark Start, Mark End, string Message);
