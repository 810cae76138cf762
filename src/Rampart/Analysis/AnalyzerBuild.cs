namespace Rampart.Analysis;

/// <summary>An analyzer built for one scan, or the errors (unusable schema sources…) that kept it from being built: exit code 2.</summary>
public sealed record AnalyzerBuild(IAnalyzer? Analyzer, IReadOnlyList<string> Errors);
