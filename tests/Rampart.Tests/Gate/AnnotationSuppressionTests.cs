using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Gate;

public sealed class AnnotationSuppressionTests
{
    private static KubernetesObject Object(string yaml, string kind = "Deployment")
    {
        var root = (MappingNode)new YamlLoader().Load("d.yaml", yaml).Single().Root!;
        return new KubernetesObject("d.yaml", 0, root, TestFindings.Deployment() with { Kind = kind });
    }

    [Theory]
    [InlineData("rampart.dev/ignore: \"RMP-K8S-001\"")]
    [InlineData("rampart.dev/ignore: \"RMP-K8S-009, rmp-k8s-001\"")]
    [InlineData("rampart.dev/ignore: \"KSV-0017\"")]
    [InlineData("rampart.dev/ignore: \"*\"")]
    public void The_annotation_on_the_object_suppresses_listed_rules(string annotation)
    {
        var obj = Object($"metadata:\n  annotations:\n    {annotation}\nspec: {{}}\n");

        var result = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-001", aliases: ["KSV-0017"]), obj);

        Assert.Equal(FindingStatus.Suppressed, result.Status);
        Assert.Contains("the object", result.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_annotation_on_a_cronjob_pod_template_counts()
    {
        var obj = Object("""
            spec:
              jobTemplate:
                spec:
                  template:
                    metadata:
                      annotations:
                        rampart.dev/ignore: RMP-K8S-001
            """, kind: "CronJob");

        var result = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-001"), obj);

        Assert.Equal(FindingStatus.Suppressed, result.Status);
        Assert.Contains("pod template", result.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_annotation_on_the_template_of_a_pod_template_counts()
    {
        var obj = Object("""
            template:
              metadata:
                annotations:
                  rampart.dev/ignore: RMP-K8S-001
            """, kind: "PodTemplate");

        var result = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-001"), obj);

        Assert.Equal(FindingStatus.Suppressed, result.Status);
        Assert.Contains("pod template", result.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_rules_stay_open()
    {
        var obj = Object("metadata:\n  annotations:\n    rampart.dev/ignore: RMP-K8S-002\n");

        Assert.Equal(FindingStatus.Open, AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-001"), obj).Status);
    }
}
