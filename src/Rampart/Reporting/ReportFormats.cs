using System.Diagnostics.CodeAnalysis;

namespace Rampart.Reporting;

/// <summary>
/// A set of report formats, registered one per line. <see cref="Default"/> holds the formats of the engine; a host
/// adds its own (the command line adds its terminal table) with <see cref="With"/>.
/// </summary>
public sealed class ReportFormats(IReadOnlyList<IReportWriter> writers)
{
    public static ReportFormats Default { get; } = new(
    [
        new JsonReportWriter(),
        new SarifReportWriter(),
        new JUnitReportWriter(),
        new MarkdownReportWriter(),
        new CodeQualityReportWriter(),
        new GitLabSastReportWriter(),
        new CycloneDxReportWriter(),
        new SpdxJsonReportWriter(),
    ]);

    public IReadOnlyList<IReportWriter> All { get; } = writers;

    /// <summary>The valid format names, in registration order, for usage messages and completion.</summary>
    public IReadOnlyList<string> Names => [.. All.Select(writer => writer.Format)];

    /// <summary>These formats with <paramref name="writer"/> first.</summary>
    public ReportFormats With(IReportWriter writer) => new([writer, .. All.Where(w => w.Format != writer.Format)]);

    /// <summary>Finds a writer by its format name, ignoring case.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IReportWriter? writer)
    {
        writer = All.FirstOrDefault(candidate => string.Equals(candidate.Format, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return writer is not null;
    }

    /// <summary>The usage error for a format name that <see cref="TryGet"/> does not know.</summary>
    public string UnknownFormatMessage(string name) =>
        $"unknown report format '{name}'; valid formats are {string.Join(", ", Names)}";
}
