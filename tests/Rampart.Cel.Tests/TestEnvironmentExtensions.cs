using Rampart.Cel.Libraries.Standard;

namespace Rampart.Cel.Tests;

internal static class TestEnvironmentExtensions
{
    public static CelEnvironmentBuilder UseStandardLibraryForTests(this CelEnvironmentBuilder builder) =>
        builder.UseStandardLibrary().AddVariable("x", Values.CelType.Dyn);
}
