using Rampart.Templates;
using Rampart.Templates.Execution;

namespace Rampart.Rendering.Helm;

/// <summary>A release name given as a template (<c>--name-template</c>), rendered with Helm's functions and no data.</summary>
public static class HelmReleaseName
{
    public static string? Render(string template)
    {
        var set = new TemplateSet(HelmFunctions.Table, MissingKey.Zero);
        if (set.Parse("name-template", template) is not null)
        {
            return null;
        }

        var result = set.Execute("name-template", null);
        return result.Error is null ? result.Text : null;
    }
}
