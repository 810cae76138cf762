namespace Rampart.Dependencies.Osv;

/// <summary>A record that affects a package (held as the caller holds it), with the fixed versions of the ranges that include the package.</summary>
internal sealed record OsvHit<T>(T Record, List<string> Fixed)
    where T : class;
