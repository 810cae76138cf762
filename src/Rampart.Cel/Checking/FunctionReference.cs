using Rampart.Cel.Functions;

namespace Rampart.Cel.Checking;

/// <summary>
/// A call resolved to a function: its full name (namespaced functions such as <c>math.greatest</c> become
/// global calls), whether the target is an argument, and the overloads that may apply at run time.
/// </summary>
internal sealed record FunctionReference(string Function, bool IsMember, CelOverload[] Candidates) : Reference;
