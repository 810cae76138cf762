using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The variables of a Flux Kustomization's <c>postBuild</c>: <c>substituteFrom</c> ConfigMaps and Secrets in order
/// (later ones over earlier ones), then <c>substitute</c> over them; newlines removed from values and names checked
/// as Flux checks them. Null when <c>postBuild</c> defines none: Flux then substitutes nothing.
/// </summary>
internal static class FluxVariables
{
    public static Dictionary<string, FluxVariable>? Collect(
        KubernetesObject flux, RenderInputs inputs, FluxLimits limits, List<Finding> findings, List<string> notChecked, ISet<string> sources)
    {
        var postBuild = FluxSpec.At(flux.Root, "spec", "postBuild");
        var substitute = FluxSpec.At(postBuild, "substitute") as MappingNode;
        var from = FluxSpec.At(postBuild, "substituteFrom") as SequenceNode;
        if ((substitute is null || substitute.Count == 0) && (from is null || from.Count == 0))
        {
            return null;
        }

        var variables = new Dictionary<string, FluxVariable>(StringComparer.Ordinal);
        foreach (var reference in from?.Items ?? [])
        {
            var source = FluxDataSources.Find(inputs.DataObjects, reference, flux.Namespace, out var why);
            if (source is null)
            {
                if (FluxSpec.At(reference, "optional") is not ScalarNode { Kind: ScalarKind.Bool, Bool: true })
                {
                    notChecked.Add($"Flux Kustomization {FluxSpec.NameOf(flux)}: postBuild.substituteFrom reads {why}; what it applies was not checked.");
                    return null;
                }

                continue;
            }

            sources.Add(source.Path);
            foreach (var (key, entry) in FluxDataSources.Entries(source))
            {
                variables[key] = new FluxVariable(entry.Value.Replace("\n", "", StringComparison.Ordinal), entry.File, entry.At.Start.Line);
            }
        }

        foreach (var entry in substitute?.Entries ?? [])
        {
            if (entry.KeyText is { } key && entry.Value is ScalarNode value)
            {
                variables[key] = new FluxVariable(value.Text.Replace("\n", "", StringComparison.Ordinal), flux.Path, value.Start.Line);
            }
        }

        if (variables.Count > limits.MaxVariables)
        {
            findings.Add(FluxRules.At(FluxRules.Substitution, flux.Path, postBuild!.Start.Line, $"postBuild defines {variables.Count} variables, over the limit of {limits.MaxVariables}"));
            return null;
        }

        foreach (var (name, variable) in variables)
        {
            if (!Envsubst.IsValidName(name))
            {
                findings.Add(FluxRules.At(FluxRules.Invalid, variable.File, variable.Line, $"'{name}' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'"));
            }
        }

        return findings.Count > 0 ? null : variables;
    }
}
