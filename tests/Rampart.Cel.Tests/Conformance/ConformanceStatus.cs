namespace Rampart.Cel.Tests.Conformance;

internal enum ConformanceStatus
{
    Passed,
    Failed,
    NeedsProto,
    Skipped,
}
