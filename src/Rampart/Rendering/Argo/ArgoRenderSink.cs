using Rampart.Findings;
using Rampart.Rendering.Helm;

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

    public static Finding InvalidAt(string file, int line, string message) => ChartRules.At(ArgoRules.Invalid, file, line, message);

    public void Skip(string what) => NotChecked.Add($"Argo CD application {Application.DisplayName} ({Application.File}): {what}");
}
