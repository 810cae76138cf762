using Rampart.Findings;

namespace Rampart.Analysis;

/// <summary>
/// An analyzer that reads the bytes of the files it asks for (secrets in any text, lockfiles, Dockerfiles). It
/// names the files in <see cref="Files"/>; the pipeline opens each one it wants once and hands it over.
/// </summary>
public interface IFileAnalyzer : IAnalyzer
{
    FileSelector Files { get; }

    void Analyze(FileUnderReview file, AnalysisContext context, ICollection<Finding> findings);
}
