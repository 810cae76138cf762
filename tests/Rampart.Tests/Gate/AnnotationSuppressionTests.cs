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
    public void The_annotations_read_once_suppress_each_finding_of_the_object_they_name()
    {
        var obj = Object("""
            metadata:
              annotations:
                rampart.dev/ignore: RMP-K8S-001
            spec:
              template:
                metadata:
                  annotations:
                    rampart.dev/ignore: RMP-K8S-002
            """);
        var annotations = AnnotationSuppression.Read(obj);

        var onObject = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-001"), obj, annotations);
        var onTemplate = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-002"), obj, annotations);
        var other = AnnotationSuppression.Apply(TestFindings.Make("RMP-K8S-003"), obj, annotations);

        Assert.Equal(new AnnotationSuppression.Annotations("RMP-K8S-001", "RMP-K8S-002"), annotations);
        Assert.Contains("the object", onObject.StatusReason, StringComparison.Ordinal);
        Assert.Contains("pod template", onTemplate.StatusReason, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Open, other.Status);
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
