using Rampart.Templates;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>Checks Helm makes before rendering: an installable chart type, its <c>kubeVersion</c> constraint, and each chart's values.schema.json.</summary>
internal static class ChartChecks
{
    public static bool Installable(HelmChart chart, HelmKubeVersion kube, List<RenderProblem> problems)
    {
        var at = new SourcePosition(chart.SourceOf("Chart.yaml"), 1, 0);
        var type = chart.Metadata.GetValueOrDefault("type") as string;
        if (type is not (null or "" or "application" or "library"))
        {
            problems.Add(new RenderProblem(at, $"validation: chart.metadata.type must be application or library"));
            return false;
        }

        if (chart.IsLibrary)
        {
            problems.Add(new RenderProblem(at, "library charts are not installable"));
            return false;
        }

        if (chart.Metadata.GetValueOrDefault("kubeVersion") is string { Length: > 0 } constraint
            && SemVersion.Parse(kube.Version) is { } version)
        {
            bool ok;
            try
            {
                ok = SemConstraint.Check(constraint, version);
            }
            catch (TemplateFunctionException)
            {
                ok = false;
            }

            if (!ok)
            {
                problems.Add(new RenderProblem(at, $"chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {kube.Normalized}"));
                return false;
            }
        }

        return true;
    }

    public static void ValidateSchemas(HelmChart chart, GoMap values, List<RenderProblem> problems)
    {
        if (chart.Schema is not null)
        {
            var schema = GoJsonAccess(chart.Schema, out var error);
            var at = chart.SourceOf("values.schema.json");
            if (error is not null)
            {
                problems.Add(new RenderProblem(new SourcePosition(at, 1, 0), "values.schema.json is not valid JSON: " + error));
            }
            else
            {
                foreach (var message in ValuesSchema.Validate(schema, values))
                {
                    var origin = message.Origin ?? new SourcePosition(at, 1, 0);
                    problems.Add(new RenderProblem(origin, $"values don't meet the specifications of the schema(s) in the following chart(s): {chart.Name}: {message.Text}"));
                }
            }
        }

        foreach (var dependency in chart.Dependencies)
        {
            ValidateSchemas(dependency, values.GetValueOrDefault(dependency.Name) as GoMap ?? new GoMap(), problems);
        }
    }

    private static object? GoJsonAccess(string text, out string? error) => GoJson.Unmarshal(text, out error);
}
