using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>What a name or call in the expression was resolved to.</summary>
internal abstract record Reference;

/// <summary>A declared variable, by its full name.</summary>
internal sealed record VariableReference(string Name) : Reference;

/// <summary>A type used as a value (<c>int</c>, <c>google.protobuf.Timestamp</c>).</summary>
internal sealed record TypeReference(CelType Type) : Reference;

/// <summary>
/// A call resolved to a function: its full name (namespaced functions such as <c>math.greatest</c> become
/// global calls), whether the target is an argument, and the overloads that may apply at run time.
/// </summary>
internal sealed record FunctionReference(string Function, bool IsMember, CelOverload[] Candidates) : Reference;
