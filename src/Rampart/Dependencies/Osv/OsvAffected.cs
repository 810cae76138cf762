namespace Rampart.Dependencies.Osv;

/// <summary>One <c>affected</c> entry: the package (ecosystem and name), its ranges and its explicit versions.</summary>
public sealed record OsvAffected(string Ecosystem, string Name, IReadOnlyList<OsvRange> Ranges, IReadOnlyList<string> Versions);
