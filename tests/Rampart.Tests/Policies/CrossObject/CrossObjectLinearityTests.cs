using Rampart.Analysis;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Admission;
using Rampart.Loading;
using Rampart.Policies.CrossObject;

namespace Rampart.Tests.Policies.CrossObject;

/// <summary>The cross-object checks group by key in one pass: ten times the objects cost about ten times the steps, not a hundred.</summary>
public sealed class CrossObjectLinearityTests
{
    /// <summary>Per unit: a Deployment, an autoscaler, two Services sharing a selector, an Ingress that shares a host and path with the previous unit's.</summary>
    private static List<KubernetesObject> Objects(int units)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < units; i++)
        {
            text.Append($"apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: app{i}, namespace: ns}}\n---\n");
            text.Append($"apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {{name: hpa{i}, namespace: ns}}\nspec: {{scaleTargetRef: {{kind: Deployment, name: app{i + 1}}}}}\n---\n");
            text.Append($"apiVersion: v1\nkind: Service\nmetadata: {{name: a{i}, namespace: ns}}\nspec: {{selector: {{app: app{i}}}}}\n---\n");
            text.Append($"apiVersion: v1\nkind: Service\nmetadata: {{name: b{i}, namespace: ns}}\nspec: {{selector: {{app: app{i}}}}}\n---\n");
            text.Append($"apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {{name: in{i}, namespace: ns}}\nspec: {{rules: [{{host: h{i / 2}.example.com, http: {{paths: [{{path: /}}]}}}}]}}\n---\n");
        }

        var objects = new List<KubernetesObject>();
        foreach (var document in new YamlLoader().Load("all.yaml", text.ToString()))
        {
            ObjectReader.Read(document, isManifest: true, objects, []);
        }

        return objects;
    }

    private static (long Steps, int Findings) Run(int units)
    {
        var analyzer = new CrossObjectAnalyzer();
        foreach (var obj in Objects(units))
        {
            analyzer.Collect(new ObjectUnderReview(obj, AdmissionAttributes.Scan), "", f => f);
        }

        var findings = new List<Rampart.Findings.Finding>();
        analyzer.Report(findings);
        return (analyzer.Steps, findings.Count);
    }

    [Fact]
    public void Ten_times_the_objects_take_about_ten_times_the_steps()
    {
        var small = Run(200);
        var large = Run(2_000);

        // 200 units: 400 Services in 200 pairs, 200 Ingresses in 100 pairs, one autoscaler (the last) without its target.
        Assert.Equal(400 + 200 + 1, small.Findings);
        Assert.Equal(4_000 + 2_000 + 1, large.Findings);
        var ratio = large.Steps / (double)small.Steps;
        Assert.InRange(ratio, 9.5, 10.5);
    }

    [Fact]
    public void Only_a_selector_seen_twice_keeps_a_list_of_its_services()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 1_003; i++)
        {
            // The last three repeat the selectors of the first three.
            text.Append($"apiVersion: v1\nkind: Service\nmetadata: {{name: s{i}, namespace: ns}}\nspec: {{selector: {{app: app{i % 1_000}}}}}\n---\n");
        }

        var analyzer = new CrossObjectAnalyzer();
        foreach (var document in new YamlLoader().Load("services.yaml", text.ToString()))
        {
            var objects = new List<KubernetesObject>();
            ObjectReader.Read(document, isManifest: true, objects, []);
            foreach (var obj in objects)
            {
                analyzer.Collect(new ObjectUnderReview(obj, AdmissionAttributes.Scan), "", f => f);
            }
        }

        var findings = new List<Rampart.Findings.Finding>();
        analyzer.Report(findings);

        Assert.Equal(3, analyzer.SharedKeys);
        Assert.Equal(["ns/s0", "ns/s1", "ns/s1000", "ns/s1001", "ns/s1002", "ns/s2"], findings.Select(f => $"{f.Resource!.Namespace}/{f.Resource.Name}").Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message == "The selector app=app0 is also the selector of Service ns/s1000 at services.yaml:5004." && f.Location.Line == 4);
    }
}
