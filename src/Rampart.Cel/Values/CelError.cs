namespace Rampart.Cel.Values;

/// <summary>
/// The result of a failed evaluation step: division by zero, overflow, a missing key, no matching overload,
/// a cost limit. Errors are values: they flow through the expression and are absorbed only where CEL says
/// (<c>false &amp;&amp; error</c> is false). <see cref="Location"/> is where in the expression it arose, when known.
/// Messages often quote the text that failed (a timestamp, an address, a pattern) and that text comes from the
/// data, so a message is cut short (with "...") past <see cref="MaxMessageLength"/> characters.
/// </summary>
public sealed class CelError(string message, CelSourceLocation? location = null) : CelValue
{
    public const int MaxMessageLength = 1_000;

    public string Message { get; } = message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "...";

    public CelSourceLocation? Location { get; } = location;

    public override CelType Type => CelType.Error;

    /// <summary>This error at <paramref name="location"/>, unless it already has a location.</summary>
    public CelError WithLocation(CelSourceLocation location) => Location is null ? new CelError(Message, location) : this;

    public override bool CelEquals(CelValue other) => false;

    public override string ToString() => Location is { } l ? $"{l}: {Message}" : Message;
}
