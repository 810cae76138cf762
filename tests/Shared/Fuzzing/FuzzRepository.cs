using System.Globalization;
using System.Text;
using Rampart.Configuration;

namespace Rampart.Testing.Fuzzing;

/// <summary>
/// A repository of mutated files, all drawn from one seed: <c>rampart.yaml</c>, its waivers, a baseline, a CODEOWNERS file
/// (GitHub or GitLab, in one of the places the platform looks), a file that is a <see cref="Canary"/> alone, many
/// manifests under <c>m/</c> (some with Unicode and glob characters in their names, half of them with a canary
/// document before or after the mutated content), CI workflows with a canary, a Helm chart, a kustomization with
/// its patches, and ignore files under <c>ign/</c> with files they may exclude. Ignore files sit only in
/// <c>ign/</c>, so every file elsewhere must be discovered.
/// </summary>
internal sealed class FuzzRepository : IDisposable
{
    /// <summary>The folder whose files an ignore file of the repository may exclude.</summary>
    public const string IgnoredFolder = "ign/";

    /// <summary>Where a repository may hold a baseline, which a scan is given as <c>--baseline</c>.</summary>
    public const string BaselinePath = ".rampart/baseline.json";

    private static readonly string[] OddNames = ["ünïcödé", "名前", "sp ace", "\u202Elmay", "[x]*?", "-dash", "#hash", "e\u0301", "!bang", "\\back", "a:b"];

    private static readonly string[] IgnoredNames =
    [
        "tmp-a.yaml", "tmp-keep.yaml", "generated/x.yaml", "cache/y.yaml", "ab.json", "fixtures/z/q.yaml", "!bang.yaml", "plain.yml", "old.bak",
    ];

    private FuzzRepository(int seed, IReadOnlyList<FuzzFile> files, TestRepository repository)
    {
        Seed = seed;
        Files = files;
        Repository = repository;
    }

    public int Seed { get; }
    public IReadOnlyList<FuzzFile> Files { get; }
    public TestRepository Repository { get; }
    public string Root => Repository.Root;

    /// <summary>Draws the files of repository <paramref name="seed"/>, with <paramref name="manifests"/> mutated manifests under <c>m/</c>, and writes them.</summary>
    public static FuzzRepository Create(int seed, int manifests) => Write(seed, Plan(seed, manifests, configurationOnly: false));

    /// <summary>
    /// Draws and writes a repository of configuration only: <c>rampart.yaml</c>, its waivers, a baseline and
    /// CODEOWNERS, each always there and mutated or not, beside the canary Pod.
    /// </summary>
    public static FuzzRepository CreateConfiguration(int seed) => Write(seed, Plan(seed, manifests: 0, configurationOnly: true));

    /// <summary>Writes <paramref name="files"/> (a plan, or part of one when looking for the file that makes a check fail).</summary>
    public static FuzzRepository Write(int seed, IReadOnlyList<FuzzFile> files)
    {
        var builder = new RepositoryBuilder();
        foreach (var file in files)
        {
            builder.File(file.Path, file.Bytes);
        }

        return new FuzzRepository(seed, files, builder.Build());
    }

    private static List<FuzzFile> Plan(int seed, int manifests, bool configurationOnly)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random);
        var files = new List<FuzzFile>();

        void Add(string path, string seedName, string text, double mutated = 0.85, double canary = 0)
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            var mutation = random.NextDouble() < mutated ? mutator.Mutate(bytes) : new Mutation(bytes, "");
            var file = new FuzzFile(path, seedName, mutation.Applied, mutation.Bytes);
            if (random.NextDouble() < canary)
            {
                var (withCanary, pod) = Canary.Beside(mutation.Bytes, string.Create(CultureInfo.InvariantCulture, $"canary-{files.Count}"), first: random.Next(3) == 0);
                file = file with { Bytes = withCanary, Canary = pod };
            }

            files.Add(file);
        }

        var configMutated = configurationOnly ? 0.4 : 0.25;
        if (configurationOnly || random.Next(10) > 0)
        {
            Add(ConfigLoader.FileName, "config", RepositorySeeds.Config, configMutated);
        }

        if (configurationOnly || random.Next(2) == 0)
        {
            Add(ConfigLoader.WaiversFileName, "waivers", RepositorySeeds.Waivers, configMutated);
        }

        if (configurationOnly || random.Next(2) == 0)
        {
            Add(BaselinePath, "baseline", RepositorySeeds.Baseline, configMutated);
        }

        var gitLab = random.Next(2) == 0;
        Add(gitLab ? Pick(random, [".gitlab/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]) : Pick(random, [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]),
            gitLab ? "gitlab-codeowners" : "github-codeowners", gitLab ? RepositorySeeds.GitLabCodeOwners : RepositorySeeds.GitHubCodeOwners);
        var (alone, canary) = Canary.Alone("canary");
        files.Add(new FuzzFile("canary/pod.yaml", "canary", "", alone) { Canary = canary });
        if (configurationOnly)
        {
            return files;
        }

        for (var i = 0; i < manifests; i++)
        {
            var (name, text) = Pick(random, ManifestSeeds.All);
            var odd = random.Next(8) == 0 ? "-" + Pick(random, OddNames) : "";
            Add(string.Create(CultureInfo.InvariantCulture, $"m/{i:D3}{odd}-{name}"), name, text, canary: 0.5);
        }

        for (var i = 0; i < 2; i++)
        {
            var (name, text) = Pick(random, ManifestSeeds.All);
            Add(string.Create(CultureInfo.InvariantCulture, $".github/workflows/w{i}-{Path.ChangeExtension(name, ".yml")}"), name, text, canary: 1);
        }

        Add("chart/Chart.yaml", "chart", RepositorySeeds.Chart, mutated: 0.5);
        Add("chart/values.yaml", "values", RepositorySeeds.Values, mutated: 0.5);
        for (var i = 0; i < 3; i++)
        {
            var (name, text) = random.Next(2) == 0 ? ("template", RepositorySeeds.Template) : random.Next(2) == 0 ? ("plain-template", RepositorySeeds.PlainTemplate) : Pick(random, ManifestSeeds.All);
            Add(string.Create(CultureInfo.InvariantCulture, $"chart/templates/{i}-{name}"), name, text);
        }

        Add("overlay/kustomization.yaml", "kustomization", RepositorySeeds.Kustomization, mutated: 0.6);
        Add("overlay/resource.yaml", "deployment.yaml", ManifestSeeds.All[0].Text);
        Add("overlay/patch.yaml", "patch", RepositorySeeds.Patch);
        Add("overlay/strategic.yaml", "patch", RepositorySeeds.Patch);
        Add("overlay/json6902.yaml", "json-patch", RepositorySeeds.JsonPatch);

        Add(IgnoredFolder + ".gitignore", "gitignore", RepositorySeeds.GitIgnore, mutated: 0.6);
        Add(IgnoredFolder + ".rampartignore", "rampartignore", RepositorySeeds.RampartIgnore, mutated: 0.6);
        foreach (var name in IgnoredNames)
        {
            var (seedName, text) = Pick(random, ManifestSeeds.All);
            Add(IgnoredFolder + name, seedName, text, mutated: 0.3);
        }

        return files;
    }

    /// <summary>What reproduces this repository, for failure messages.</summary>
    public string Reproduce => FuzzSettings.Reproduce(Seed);

    public FuzzFile? File(string path) => Files.FirstOrDefault(f => f.Path == path);

    public void Dispose() => Repository.Dispose();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
