using Rampart.Findings;
using Rampart.Kubernetes;

namespace Rampart.Analysis;

/// <summary>
/// An analyzer that looks at one Kubernetes object at a time (schema validation, policies). Implementations
/// are immutable after construction and are called from several threads at once.
/// </summary>
public interface IObjectAnalyzer
{
    /// <summary>The scanner name users select with <c>--scanners</c> (schema, policy, secret, vuln, …).</summary>
    string Scanner { get; }

    /// <summary>The rules this analyzer can report, for report metadata.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    void Analyze(KubernetesObject obj, AnalysisContext context, ICollection<Finding> findings);
}
