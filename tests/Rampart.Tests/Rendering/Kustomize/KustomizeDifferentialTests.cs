using System.Diagnostics;
using Rampart.Rendering.Kustomize;
using Rampart.Testing;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// Builds the kustomization trees under <c>Fixtures/</c> with Rampart and with <c>kubectl kustomize</c> (the oracle,
/// Kustomize v5.5.0 on these machines) and compares the objects as YAML data.
/// </summary>
public sealed class KustomizeDifferentialTests
{
    private static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "Rampart.Tests", "Rendering", "Kustomize", "Fixtures");

    [Theory]
    [InlineData("shop/overlays/prod")]
    [InlineData("shop/base")]
    [InlineData("rbac/overlay")]
    [InlineData("replace")]
    [InlineData("plugins")]
    [InlineData("affixes/all")]
    [InlineData("renames/top")]
    [InlineData("metadata")]
    [InlineData("kinds")]
    [InlineData("policies")]
    public void Fixture_renders_as_kubectl_kustomize_renders_it(string directory)
    {
        var expected = Oracle(directory);
        Prerequisites.Require(expected is not null, "kubectl (with its Kustomize) is not installed");

        var result = KustomizeBuild.Run(Fixtures, directory);

        Assert.Empty(result.Findings);
        Assert.Null(RenderedComparison.Difference(result.Objects, expected!));
    }

    /// <summary>What <c>kubectl kustomize</c> prints for the folder, or null when kubectl cannot run here.</summary>
    private static string? Oracle(string directory)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            WorkingDirectory = Fixtures,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"kubectl kustomize {directory} failed: {error.Result}");
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
