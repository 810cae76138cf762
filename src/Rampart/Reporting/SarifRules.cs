using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The <c>tool.driver.rules</c> of a SARIF run: every rule of the scan, plus a descriptor made from the first
/// finding of any rule id the scan did not describe, sorted by id so that <c>ruleIndex</c> is stable.
/// </summary>
internal sealed class SarifRules
{
    /// <summary>GitHub reads at most 1,024 characters of a rule's short and full description.</summary>
    private const int DescriptionLimit = 1024;
    private const int NameLimit = 255;

    private readonly Dictionary<string, int> indexById;

    private SarifRules(IReadOnlyList<RuleDescriptor> all)
    {
        All = all;
        indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            indexById[all[i].Id] = i;
        }
    }

    public IReadOnlyList<RuleDescriptor> All { get; }

    public int IndexOf(string ruleId) => indexById[ruleId];

    public RuleDescriptor this[string ruleId] => All[IndexOf(ruleId)];

    public static SarifRules Collect(ScanReport report)
    {
        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in report.Rules)
        {
            rules.TryAdd(rule.Id, rule);
        }

        foreach (var finding in FindingOrder.Sort(report.Findings))
        {
            rules.TryAdd(finding.RuleId, new RuleDescriptor
            {
                Id = finding.RuleId,
                Title = finding.Title,
                Category = finding.Category,
                Severity = finding.Severity,
                Responsibility = finding.Responsibility,
                Remediation = finding.Remediation,
                Aliases = finding.Aliases,
                HelpUri = finding.HelpUri,
            });
        }

        return new SarifRules([.. rules.Values.OrderBy(rule => rule.Id, StringComparer.Ordinal)]);
    }

    public static void Write(Utf8JsonWriter json, RuleDescriptor rule)
    {
        var title = SarifReportWriter.NonEmpty(ReportText.OneLine(rule.Title), rule.Id);
        json.WriteStartObject();
        json.WriteString("id", JsonReportWriter.Clean(rule.Id));
        json.WriteString("name", Name(rule));
        WriteText(json, "shortDescription", ReportText.Truncate(title, DescriptionLimit));
        WriteText(json, "fullDescription", ReportText.Truncate(SarifReportWriter.NonEmpty(rule.Description, title), DescriptionLimit));
        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule, title));
        json.WriteString("markdown", HelpMarkdown(rule, title));
        json.WriteEndObject();
        if (SarifUris.IsAbsoluteWebUri(rule.HelpUri))
        {
            json.WriteString("helpUri", rule.HelpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        JsonReportWriter.WriteStrings(json, "tags", Tags(rule));
        json.WriteString("precision", Precision(rule.Category));
        if (SecuritySeverity(rule.Severity) is { } score)
        {
            json.WriteString("security-severity", score);
        }

        json.WriteString("problem.severity", ProblemSeverity(rule.Severity));
        JsonReportWriter.WriteStrings(json, "aliases", rule.Aliases);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>security</c> (GitHub reads security-severity only for security rules), the category and the
    /// responsibility; distinct, as SARIF requires.
    /// </summary>
    private static string[] Tags(RuleDescriptor rule) =>
        [.. new[] { "security", ReportNames.Of(rule.Category), ReportNames.Of(rule.Responsibility) }.Distinct(StringComparer.Ordinal)];

    /// <summary>SARIF levels: critical and high are errors, medium a warning, low and info notes.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>
    /// GitHub's bands: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. Info has no score, so that
    /// GitHub shows it by its level rather than as a security severity.
    /// </summary>
    public static string? SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "2.0",
        _ => null,
    };

    private static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "recommendation",
    };

    /// <summary>Schema and policy checks are exact; secret detection guesses, so it says so.</summary>
    private static string Precision(Category category) => category switch
    {
        Category.Secret => "medium",
        Category.Schema => "very-high",
        _ => "high",
    };

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>A PascalCase name made from the title (<c>Privileged container</c> → <c>PrivilegedContainer</c>).</summary>
    private static string Name(RuleDescriptor rule)
    {
        var builder = new StringBuilder();
        var startOfWord = true;
        foreach (var c in ReportText.WellFormed(rule.Title))
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            startOfWord = false;
        }

        var name = builder.Length == 0 ? JsonReportWriter.Clean(rule.Id) : builder.ToString();
        return ReportText.Truncate(name, NameLimit);
    }

    private static string HelpText(RuleDescriptor rule, string title)
    {
        var text = new StringBuilder(JsonReportWriter.Clean(rule.Description ?? title));
        if (rule.Remediation is not null)
        {
            text.Append("\n\nRemediation: ").Append(JsonReportWriter.Clean(rule.Remediation));
        }

        if (rule.Aliases.Count > 0)
        {
            text.Append("\n\nAlso known as: ").Append(JsonReportWriter.Clean(string.Join(", ", rule.Aliases)));
        }

        if (rule.HelpUri is not null)
        {
            text.Append("\n\nDocumentation: ").Append(JsonReportWriter.Clean(rule.HelpUri));
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleDescriptor rule, string title)
    {
        var text = new StringBuilder();
        text.Append("**").Append(MarkdownText.Escape(title)).Append("** (`").Append(MarkdownText.Code(rule.Id)).Append("`)");
        if (rule.Description is not null)
        {
            text.Append("\n\n").Append(MarkdownText.Escape(rule.Description));
        }

        if (rule.Remediation is not null)
        {
            text.Append("\n\n**Remediation:** ").Append(MarkdownText.Escape(rule.Remediation));
        }

        if (rule.Aliases.Count > 0)
        {
            text.Append("\n\n**Also known as:** ").Append(string.Join(", ", rule.Aliases.Select(alias => "`" + MarkdownText.Code(alias) + "`")));
        }

        if (SarifUris.IsAbsoluteWebUri(rule.HelpUri))
        {
            text.Append("\n\n[Documentation](").Append(MarkdownText.LinkTarget(rule.HelpUri!)).Append(')');
        }

        return text.ToString();
    }
}
