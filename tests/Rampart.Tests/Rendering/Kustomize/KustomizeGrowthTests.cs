using System.Globalization;
using System.Text;
using Rampart.Loading;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// The work of a build grows with its size, not with the product of resources and patches: each labelled patch looks
/// only at the resources carrying its label. Measured by counting the resources looked at, never by a clock.
/// </summary>
public sealed class KustomizeGrowthTests
{
    [Fact]
    public void Patch_targets_cost_grows_linearly_when_resources_and_patches_grow_together()
    {
        var small = Build(deployments: 300, patches: 10);
        var large = Build(deployments: 3000, patches: 100);

        Assert.Empty(small.Findings);
        Assert.Empty(large.Findings);
        Assert.Equal(3000, large.Objects.Count);
        Assert.True(small.TargetChecks > 0, "the patches looked at no resource");

        // Ten times the resources and ten times the patches: ten times the work (N × P would be a hundred times).
        Assert.InRange(large.TargetChecks, 9 * small.TargetChecks, 11 * small.TargetChecks);
    }

    [Fact]
    public void Labelled_patch_reaches_every_resource_with_the_label_and_no_other()
    {
        var result = Build(deployments: 40, patches: 4);

        Assert.Empty(result.Findings);
        foreach (var rendered in result.Objects)
        {
            var group = int.Parse(rendered.Resource.Name!["prod-app-".Length..], CultureInfo.InvariantCulture) % 4;
            var env = (SequenceNode)At(rendered.Root, "spec", "template", "spec", "containers", "0", "env");
            var value = Assert.Single(env.Items);
            Assert.Equal(group.ToString(CultureInfo.InvariantCulture), ((ScalarNode)At(value, "value")).Text);
        }
    }

    private static Node At(Node node, params string[] path)
    {
        foreach (var part in path)
        {
            node = int.TryParse(part, out var index) ? ((SequenceNode)node)[index] : ((MappingNode)node)[part]!;
        }

        return node;
    }

    private static RenderResult Build(int deployments, int patches)
    {
        var files = new MemoryFileSystem();
        var resources = new StringBuilder();
        for (var i = 0; i < deployments; i++)
        {
            resources.Append(CultureInfo.InvariantCulture, $"---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n  labels:\n    group: g{i % patches}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: app:1\n        env: []\n");
        }

        files.Add("base/kustomization.yaml", "resources:\n- deployments.yaml\n").Add("base/deployments.yaml", resources.ToString());
        var overlay = new StringBuilder("resources:\n- ../base\nnamePrefix: prod-\npatches:\n");
        for (var p = 0; p < patches; p++)
        {
            overlay.Append(CultureInfo.InvariantCulture, $"- target:\n    kind: Deployment\n    labelSelector: group=g{p}\n  patch: |-\n    - op: add\n      path: /spec/template/spec/containers/0/env/-\n      value: {{name: GROUP, value: \"{p}\"}}\n");
        }

        files.Add("overlay/kustomization.yaml", overlay.ToString());
        return KustomizeBuild.Run(files, "overlay");
    }
}
