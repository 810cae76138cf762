namespace Rampart.Cel.Functions;

/// <summary>What a <see cref="CelCallPreparer"/> decided for one call site.</summary>
public sealed class CelPreparation
{
    private CelPreparation(string? error, CelImplementation? implementation)
    {
        Error = error;
        Implementation = implementation;
    }

    /// <summary>Keep the overload's own body.</summary>
    public static CelPreparation Unchanged { get; } = new(null, null);

    /// <summary>A compile error for this call site, e.g. "invalid regular expression: ...".</summary>
    public string? Error { get; }

    internal CelImplementation? Implementation { get; }

    public static CelPreparation Fail(string error) => new(error, null);

    public static CelPreparation Replace(CelUnaryFunction body) => new(null, new CelImplementation(body));

    public static CelPreparation Replace(CelBinaryFunction body) => new(null, new CelImplementation(body));

    public static CelPreparation Replace(CelFunction body) => new(null, new CelImplementation(body));
}
