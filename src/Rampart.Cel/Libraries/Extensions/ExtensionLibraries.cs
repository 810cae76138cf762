namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// Switches on cel-go's extension libraries. Kubernetes enables strings and sets; Kyverno and other
/// CEL hosts also enable lists, math and encoders.
/// <code>
/// var env = CelEnvironment.CreateBuilder()
///     .UseStandardLibrary()
///     .UseStrings()
///     .UseSets()
///     .Build();
/// </code>
/// </summary>
public static class ExtensionLibraries
{
    /// <summary>charAt, indexOf, lastIndexOf, lowerAscii, upperAscii, replace, split, substring, trim, join, format, strings.quote, reverse.</summary>
    public static CelEnvironmentBuilder UseStrings(this CelEnvironmentBuilder builder) => builder.AddLibrary(StringsLibrary.Instance);

    /// <summary>slice, flatten, distinct, reverse, sort, lists.range, first, last.</summary>
    public static CelEnvironmentBuilder UseLists(this CelEnvironmentBuilder builder) => builder.AddLibrary(ListsLibrary.Instance);

    /// <summary>math.greatest, math.least, rounding, abs, sign, IEEE predicates, bit operations, sqrt.</summary>
    public static CelEnvironmentBuilder UseMath(this CelEnvironmentBuilder builder) => builder.AddLibrary(MathLibrary.Instance);

    /// <summary>base64.encode and base64.decode.</summary>
    public static CelEnvironmentBuilder UseEncoders(this CelEnvironmentBuilder builder) => builder.AddLibrary(EncodersLibrary.Instance);

    /// <summary>sets.contains, sets.equivalent, sets.intersects.</summary>
    public static CelEnvironmentBuilder UseSets(this CelEnvironmentBuilder builder) => builder.AddLibrary(SetsLibrary.Instance);

    /// <summary>All five extension libraries.</summary>
    public static CelEnvironmentBuilder UseExtensionLibraries(this CelEnvironmentBuilder builder) =>
        builder.UseStrings().UseLists().UseMath().UseEncoders().UseSets();
}
