using System.Diagnostics.CodeAnalysis;

namespace Rampart.Reporting;

/// <summary>The report formats Rampart can write, registered one per line.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new TableReportWriter(),
        new JsonReportWriter(),
        new SarifReportWriter(),
        new JUnitReportWriter(),
        new MarkdownReportWriter(),
    ];

    /// <summary>The valid format names, in registration order, for usage messages and completion.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(writer => writer.Format)];

    /// <summary>Finds a writer by its format name, ignoring case.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IReportWriter? writer)
    {
        writer = All.FirstOrDefault(candidate => string.Equals(candidate.Format, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return writer is not null;
    }

    /// <summary>The usage error for a format name that <see cref="TryGet"/> does not know.</summary>
    public static string UnknownFormatMessage(string name) =>
        $"unknown report format '{name}'; valid formats are {string.Join(", ", Names)}";
}
