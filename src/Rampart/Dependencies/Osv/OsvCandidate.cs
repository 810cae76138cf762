namespace Rampart.Dependencies.Osv;

/// <summary>
/// One <c>affected</c> entry of a record that names a package, as matching reads it: the record, however the caller
/// holds it (the record itself, or where a database keeps it), the record's id and the entry. A class, not a tuple:
/// collections of it share the code ReadyToRun precompiled, so a cold process compiles nothing for them.
/// </summary>
internal sealed record OsvCandidate<T>(T Record, string Id, OsvAffected Affected)
    where T : class;
