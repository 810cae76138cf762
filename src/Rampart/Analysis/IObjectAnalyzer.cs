using Rampart.Findings;

namespace Rampart.Analysis;

/// <summary>
/// An analyzer that looks at one Kubernetes object at a time, with the admission attributes it arrives under
/// (schema validation, policies). What it knows of the other objects is the scan's <see cref="ScanIndex"/>.
/// </summary>
public interface IObjectAnalyzer : IAnalyzer
{
    void Analyze(ObjectUnderReview target, AnalysisContext context, ICollection<Finding> findings);
}
