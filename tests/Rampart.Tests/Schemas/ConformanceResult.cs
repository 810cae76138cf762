namespace Rampart.Tests.Schemas;

/// <summary>What Rampart decided for a case with one schema configuration, and the field:reason causes it gave.</summary>
internal sealed record ConformanceResult(ConformanceCase Case, string Mode, bool Passed, IReadOnlyList<string> Causes)
{
    public bool Agrees => Passed == Case.ExpectPass;
}
