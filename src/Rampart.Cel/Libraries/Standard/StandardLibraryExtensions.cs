namespace Rampart.Cel.Libraries.Standard;

public static class StandardLibraryExtensions
{
    /// <summary>
    /// The CEL standard definitions: operators, comparisons, conversions, <c>size</c>, string tests,
    /// <c>matches</c>, timestamp and duration accessors, and the optional values library.
    /// </summary>
    public static CelEnvironmentBuilder UseStandardLibrary(this CelEnvironmentBuilder builder) =>
        builder.AddLibrary(StandardLibrary.Instance);
}
