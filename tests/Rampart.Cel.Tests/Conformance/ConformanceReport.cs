using System.Globalization;
using System.Text;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>Writes the per-file table and the lists of skipped and failed tests as Markdown.</summary>
internal static class ConformanceReport
{
    public static double PassRate(IReadOnlyList<ConformanceOutcome> outcomes)
    {
        var runnable = outcomes.Count(o => o.Status is ConformanceStatus.Passed or ConformanceStatus.Failed);
        return runnable == 0 ? 0 : (double)outcomes.Count(o => o.Status == ConformanceStatus.Passed) / runnable;
    }

    public static string Markdown(IReadOnlyList<ConformanceOutcome> outcomes)
    {
        var sb = new StringBuilder();
        var passed = outcomes.Count(o => o.Status == ConformanceStatus.Passed);
        var failed = outcomes.Count(o => o.Status == ConformanceStatus.Failed);
        var proto = outcomes.Count(o => o.Status == ConformanceStatus.NeedsProto);
        var skipped = outcomes.Count(o => o.Status == ConformanceStatus.Skipped);
        sb.AppendLine("# CEL conformance");
        sb.AppendLine();
        sb.AppendLine("Written by the conformance test of `tests/Rampart.Cel.Tests` (`dotnet test tests/Rampart.Cel.Tests --filter Conformance`)");
        sb.AppendLine("from the cel-spec simple test files in `../shared/corpus/cel-spec`. The test fails below 99%. Do not edit by hand.");
        sb.AppendLine();
        sb.AppendLine(Invariant($"**{passed} of {passed + failed} runnable tests pass ({PassRate(outcomes) * 100:F2}%).** {proto} tests need protobuf message types and are skipped; {skipped} other tests are skipped, each listed below with its reason."));
        sb.AppendLine();
        sb.AppendLine("An expected evaluation error is also matched by a compile error (for example a regular expression literal that does not compile).");
        sb.AppendLine();
        sb.AppendLine("| file | total | needs proto (skipped) | other skipped | passed | failed |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var file in outcomes.GroupBy(o => o.Case.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(Invariant($"| {file.Key} | {file.Count()} | {Count(file, ConformanceStatus.NeedsProto)} | {Count(file, ConformanceStatus.Skipped)} | {Count(file, ConformanceStatus.Passed)} | {Count(file, ConformanceStatus.Failed)} |"));
        }

        sb.AppendLine(Invariant($"| **all** | {outcomes.Count} | {proto} | {skipped} | {passed} | {failed} |"));
        AppendList(sb, "Failed tests", outcomes.Where(o => o.Status == ConformanceStatus.Failed));
        AppendList(sb, "Passed tests whose expected error was reported at compile time", outcomes.Where(o => o.Status == ConformanceStatus.Passed && o.Detail.Length > 0));
        AppendList(sb, "Skipped tests (other reasons)", outcomes.Where(o => o.Status == ConformanceStatus.Skipped));
        AppendList(sb, "Skipped tests that need protobuf message types", outcomes.Where(o => o.Status == ConformanceStatus.NeedsProto));
        return sb.ToString();
    }

    private static int Count(IEnumerable<ConformanceOutcome> outcomes, ConformanceStatus status) => outcomes.Count(o => o.Status == status);

    private static void AppendList(StringBuilder sb, string title, IEnumerable<ConformanceOutcome> outcomes)
    {
        var list = outcomes.ToList();
        sb.AppendLine();
        sb.AppendLine(Invariant($"## {title} ({list.Count})"));
        sb.AppendLine();
        if (list.Count == 0)
        {
            sb.AppendLine("None.");
            return;
        }

        foreach (var o in list)
        {
            sb.AppendLine($"- `{o.Case.Id}`: {o.Detail.ReplaceLineEndings(" ")}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
