using Rampart.Cel.Values;

namespace Rampart.Cel;

/// <summary>
/// A defect, not a verdict: a .NET exception escaped a function, a host's map or list adapter, or the evaluator
/// itself (a null reference, an invalid cast, an index out of range, an overflow no library turned into an error).
/// The errors the CEL specification defines — no such overload, division by zero, integer overflow, a missing key,
/// an argument a library rejects, the cost limit, cancellation — are <see cref="CelError"/> values that flow through
/// the expression; everything else ends the evaluation with this exception, so that a host counts it as an internal
/// failure instead of reading it as a result a policy could ignore. <see cref="Exception.InnerException"/> is the
/// original exception.
/// </summary>
public sealed class CelInternalException : Exception
{
    private const int MaxQuotedExpression = 200;

    /// <param name="site">What failed: <c>function 'quantity'</c>, or <c>evaluation</c> for a host adapter or the evaluator.</param>
    /// <param name="location">Where in the expression, when known.</param>
    /// <param name="expression">The expression's source, when known.</param>
    /// <param name="inner">The exception that escaped.</param>
    public CelInternalException(string site, CelSourceLocation? location, string? expression, Exception? inner)
        : base(Describe(site, location, expression, inner), inner)
    {
        Site = site;
        Location = location;
        Expression = expression;
    }

    /// <summary>What failed: <c>function 'name'</c>, or <c>evaluation</c>.</summary>
    public string Site { get; }

    /// <summary>Where in the expression the failing call is, when known.</summary>
    public CelSourceLocation? Location { get; }

    /// <summary>The source of the expression being evaluated, when known.</summary>
    public string? Expression { get; }

    /// <summary>This failure with the expression's source filled in (the call site knows its position, not its source).</summary>
    internal CelInternalException In(string expression) =>
        Expression is null ? new CelInternalException(Site, Location, expression, InnerException) : this;

    private static string Describe(string site, CelSourceLocation? location, string? expression, Exception? inner)
    {
        var where = location is { } l ? $" at {l}" : "";
        var of = expression is null ? ""
            : expression.Length <= MaxQuotedExpression ? $" of '{expression}'"
            : $" of '{expression[..MaxQuotedExpression]}...'";
        var what = inner is null ? "" : $": {inner.GetType().Name}: {inner.Message}";
        return $"internal error: {site} failed{where}{of}{what}";
    }
}
