namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>A compared case: what the peer expects, what Rampart reports, and which policies fired.</summary>
internal sealed record PeerOutcome(PeerCase Case, bool RampartFails, IReadOnlyList<string> Fired)
{
    public bool Agrees => Case.ExpectedFail == RampartFails;
}
