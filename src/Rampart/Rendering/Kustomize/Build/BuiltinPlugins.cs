using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// <c>generators</c>, <c>transformers</c> and <c>validators</c> run plugins (built-in plugin configurations, exec
/// or KRM functions, containers). They are not rendered: a kustomization that lists any fails with a finding
/// that says so, rather than rendering something other than what Kustomize would.
/// </summary>
internal static class BuiltinPlugins
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        _ = map;
        foreach (var field in new[] { "generators", "transformers", "validators", "helmCharts", "helmChartInflationGenerator" })
        {
            if (file[field] is { IsNull: false } value && !(value is Tree.KSequence { Count: 0 }))
            {
                return file.Fail($"'{field}' runs plugins, which are not rendered; what this kustomization renders was not checked", value);
            }
        }

        return true;
    }
}
