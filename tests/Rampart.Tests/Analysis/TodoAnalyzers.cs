using System.Text;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;

namespace Rampart.Tests.Analysis;

/// <summary>Two trivial analyzers written the way a new analyzer would be, to show what the pipeline asks of one.</summary>
internal static class TodoAnalyzers
{
    public static readonly RuleDescriptor MissingOwnerLabel = new()
    {
        Id = "TEST-OBJ-001",
        Title = "No owner label",
        Category = Category.Misconfiguration,
        Severity = Severity.High,
        Responsibility = Responsibility.Developers,
        Description = "The object has no 'owner' label.",
    };

    public static readonly RuleDescriptor TodoLine = new()
    {
        Id = "TEST-FILE-001",
        Title = "TODO left in a file",
        Category = Category.Secret,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Security,
        Description = "A line says TODO.",
    };

    /// <summary>Reports objects without an <c>owner</c> label; counts the objects of the index it was built over.</summary>
    public sealed class OwnerLabel(ScanIndex index) : IObjectAnalyzer
    {
        public string Name => "owner-label";
        public IReadOnlyList<RuleDescriptor> Rules => [MissingOwnerLabel];
        public ScanIndex Index { get; } = index;

        public void Analyze(ObjectUnderReview target, AnalysisContext context, ICollection<Finding> findings)
        {
            var labels = (target.Object.Root["metadata"] as Rampart.Loading.MappingNode)?["labels"] as Rampart.Loading.MappingNode;
            if (labels?["owner"] is null)
            {
                findings.Add(MissingOwnerLabel.Report(
                    $"{target.Object.Resource} has no owner label ({target.Attributes.Operation.Name()} by {target.Attributes.User.Username}; {context.Index.Objects.Count} namespaces known)",
                    new SourceLocation(target.Object.Path, target.Object.Root.Start.Line, target.Object.Root.Start.Column, FieldPath: "metadata.labels"),
                    target.Object.Resource));
            }
        }
    }

    /// <summary>Reports every line of a text file or Dockerfile that says TODO, reading the file's bytes.</summary>
    public sealed class Todo : IFileAnalyzer
    {
        public string Name => "todo";
        public IReadOnlyList<RuleDescriptor> Rules => [TodoLine];
        public FileSelector Files { get; } = FileSelector.Of(FileKind.Text, FileKind.Dockerfile) with { Names = new HashSet<string>(StringComparer.Ordinal) { "NOTES" } };

        public void Analyze(FileUnderReview file, AnalysisContext context, ICollection<Finding> findings)
        {
            var lines = Encoding.UTF8.GetString(file.Content().Span).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("TODO", StringComparison.Ordinal))
                {
                    findings.Add(TodoLine.Report($"line {i + 1} says TODO", new SourceLocation(file.Path, i + 1, lines[i].IndexOf("TODO", StringComparison.Ordinal) + 1)));
                }
            }
        }
    }

    /// <summary>A file analyzer with a defect: it throws on every file it is given.</summary>
    public sealed class Broken : IFileAnalyzer
    {
        public string Name => "broken";
        public IReadOnlyList<RuleDescriptor> Rules => [];
        public FileSelector Files { get; } = FileSelector.Of(FileKind.Text);

        public void Analyze(FileUnderReview file, AnalysisContext context, ICollection<Finding> findings) =>
            throw new InvalidOperationException("a defect");
    }
}
