using Rampart.Analysis;
using Rampart.Findings;

namespace Rampart.Scanning;

/// <summary>
/// One analyzer as the pipeline knows it: the name users select with <c>--scanners</c>, whether it runs when
/// they select nothing, the rules it reports with the built-in configuration (for the rule catalog), and how a
/// scan's options make its <see cref="AnalyzerPlan"/>.
/// </summary>
public sealed record AnalyzerRegistration(
    string Name,
    string Description,
    bool EnabledByDefault,
    Func<IReadOnlyList<RuleDescriptor>> Rules,
    Func<ScanOptions, AnalyzerPlan> Plan);
