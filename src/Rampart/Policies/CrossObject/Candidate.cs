using Rampart.Findings;

namespace Rampart.Policies.CrossObject;

/// <summary>A finding an object gets if another object shares its key: made, suppressed and located while the object was at hand.</summary>
/// <param name="Identity">The object as messages name it (<c>namespace/name</c>); members of a group with the same identity are one object.</param>
internal sealed record Candidate(string Identity, Finding Finding);
