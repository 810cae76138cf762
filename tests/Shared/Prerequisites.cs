namespace Rampart.Testing;

/// <summary>
/// What a test does when something it needs from the machine is missing (the shared corpus, one of its entries,
/// the <c>git</c> executable). On a workstation it skips with the reason. Under CI (<c>CI=true</c>, as CI services
/// set it) it fails: CI installs everything the tests need, so a skip there would hide coverage that was lost.
/// </summary>
internal static class Prerequisites
{
    /// <summary>The environment variable that says the tests run under CI.</summary>
    public const string CiVariable = "CI";

    /// <summary>Whether this process runs under CI.</summary>
    public static bool InCi => IsCi(Environment.GetEnvironmentVariable(CiVariable));

    /// <summary>Whether a value of <see cref="CiVariable"/> means CI: <c>true</c> (any case) or <c>1</c>.</summary>
    public static bool IsCi(string? value) =>
        value?.Trim() is { } text && (text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Skips the calling test when <paramref name="present"/> is false, or fails it under CI.</summary>
    public static void Require(bool present, string missing) => Require(present, missing, InCi);

    /// <summary>As <see cref="Require(bool, string)"/>, with the CI decision given (for tests of this rule itself).</summary>
    public static void Require(bool present, string missing, bool inCi)
    {
        if (present)
        {
            return;
        }

        if (inCi)
        {
            Assert.Fail($"{missing}; under {CiVariable}=true a missing prerequisite is a failure, not a skip");
        }

        Assert.Skip(missing);
    }
}
