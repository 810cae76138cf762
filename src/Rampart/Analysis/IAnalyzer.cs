using Rampart.Findings;

namespace Rampart.Analysis;

/// <summary>
/// What every analyzer is: a name users select with <c>--scanners</c> and the rules it reports. An analyzer is
/// built once per scan from its registration (an <see cref="AnalyzerPlan"/>), is immutable from then on and is called from
/// several threads at once. It sees either objects (<see cref="IObjectAnalyzer"/>) or files
/// (<see cref="IFileAnalyzer"/>), or both.
/// </summary>
public interface IAnalyzer
{
    /// <summary>The name users select with <c>--scanners</c> (schema, policy, secret, vuln, …).</summary>
    string Name { get; }

    /// <summary>The rules this analyzer can report in this scan, for report metadata.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }
}
