using Rampart.Findings;

namespace Rampart.Rendering.Argo;

/// <summary>What the sources of one Argo CD application render to, gathered while rendering them.</summary>
internal sealed class ArgoRenderSink(ArgoApplication application)
{
    public ArgoApplication Application { get; } = application;

    public List<RenderedObject> Objects { get; } = [];

    public List<Finding> Findings { get; } = [];

    public HashSet<string> SourceFiles { get; } = new(StringComparer.Ordinal);

    public List<string> NotChecked { get; } = [];

    public void Invalid(int line, string message) =>
        Findings.Add(InvalidAt(Application.File, line, $"Argo CD application {Application.DisplayName}: {message}"));

    public static Finding InvalidAt(string file, int line, string message) => new()
    {
        RuleId = ArgoRules.Invalid.Id,
        Title = ArgoRules.Invalid.Title,
        Category = ArgoRules.Invalid.Category,
        Severity = ArgoRules.Invalid.Severity,
        Responsibility = ArgoRules.Invalid.Responsibility,
        Remediation = ArgoRules.Invalid.Remediation,
        Message = message,
        Location = line > 0 ? new SourceLocation(file, line, 1) : new SourceLocation(file),
    };

    public void Skip(string what) => NotChecked.Add($"Argo CD application {Application.DisplayName} ({Application.File}): {what}");
}
