using Rampart.Findings;

namespace Rampart.Scanning;

/// <summary>Findings the scan itself reports.</summary>
public static class ScanRules
{
    /// <summary>An analyzer failed on an object: a defect in Rampart. The scan goes on and exits with code 3.</summary>
    public static readonly RuleDescriptor AnalyzerFailed = new()
    {
        Id = "RMP-SCAN-001",
        Title = "Analyzer failed",
        Category = Category.Schema,
        Severity = Severity.High,
        Responsibility = Responsibility.Platform,
        Description = "An analyzer stopped with an internal error on this object, so its checks are missing for it. This is a defect in Rampart; please report it with the file.",
        Remediation = "Report the defect. The other analyzers and objects were scanned.",
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [AnalyzerFailed];
}
