namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>One row of a peer's expected.csv that maps to built-in policies: the fixture, the peer's check, its verdict.</summary>
internal sealed record PeerCase(string Peer, string Fixture, string Check, bool ExpectedFail, IReadOnlyList<string> PolicyIds);
