using Rampart.Tests.Testing;
namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// Why Rampart and a peer disagree on a fixture, one line per case in disagreements.csv
/// (<c>peer,fixture,check,reason</c>); reviewed by hand, checked against the actual outcomes by the test.
/// </summary>
internal sealed class DisagreementReasons(IReadOnlyList<DisagreementReasons.Entry> entries)
{
    public IReadOnlyList<Entry> Entries { get; } = entries;

    public static DisagreementReasons Load(string path) =>
        new(File.Exists(path)
            ? [.. Csv.Read(path).Select(r => new Entry(r["peer"], r["fixture"], r["check"], r["reason"]))]
            : []);

    public Entry? Find(PeerCase c) => Entries.FirstOrDefault(e => e.Matches(c));

    internal sealed record Entry(string Peer, string Fixture, string Check, string Reason)
    {
        public bool Matches(PeerCase c) => Peer == c.Peer && Fixture == c.Fixture && Check == c.Check;
    }
}
