using Rampart.Findings;

namespace Rampart.Analysis;

/// <summary>
/// An analyzer whose checks compare objects with each other (two Ingresses routing one host, an autoscaler whose
/// target is missing). It sees every object once, as object analyzers do, and keys it in an index of its own, in one
/// pass; once every object was seen, it reports from the groups of that index, so the work grows with the number of
/// objects, never with their pairs. A finding it may report later is made while the object is at hand and passed
/// through <c>decide</c> (the object's suppressions, the move to the line that set the field of a rendered object).
/// Called from several threads at once.
/// </summary>
public interface ICrossObjectAnalyzer : IAnalyzer
{
    /// <param name="target">The object.</param>
    /// <param name="scope">What the object is compared within: the repository's own files (<c>""</c>), or the entry point that rendered it.</param>
    /// <param name="decide">Applies the object's suppressions and location to a finding on it.</param>
    void Collect(ObjectUnderReview target, string scope, Func<Finding, Finding> decide);

    /// <summary>Reports across every object collected; called once, after the last.</summary>
    void Report(ICollection<Finding> findings);
}
