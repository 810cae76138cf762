using System.Globalization;

namespace Rampart.Testing.Fuzzing;

/// <summary>
/// How much a fuzz test does and from which seed. The defaults are fixed, so every run tests the same inputs;
/// <c>RAMPART_FUZZ_SEED</c> picks other inputs (a failure message names the seed that reproduces it) and
/// <c>RAMPART_FUZZ_SOAK</c> multiplies the number of repositories for a longer run outside CI.
/// </summary>
internal static class FuzzSettings
{
    public const string SeedVariable = "RAMPART_FUZZ_SEED";
    public const string SoakVariable = "RAMPART_FUZZ_SOAK";

    public const int DefaultSeed = 20_260_115;

    /// <summary>The seed of the run: <see cref="SeedVariable"/> when set, else <see cref="DefaultSeed"/>.</summary>
    public static int Seed => Read(SeedVariable) ?? DefaultSeed;

    /// <summary>How many times the default number of repositories to run (at least 1).</summary>
    public static int Soak => Math.Max(1, Read(SoakVariable) ?? 1);

    /// <summary>The seed of repository <paramref name="index"/> of a run with seed <paramref name="runSeed"/>.</summary>
    public static int RepositorySeed(int runSeed, int index) => unchecked((runSeed * 7919) + index);

    /// <summary>How to make a test build repository <paramref name="repositorySeed"/> again.</summary>
    public static string Reproduce(int repositorySeed) =>
        string.Create(CultureInfo.InvariantCulture, $"repository seed {repositorySeed} (run with {SeedVariable}={Seed})");

    private static int? Read(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
