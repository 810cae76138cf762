using System.Text;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>A scalar: an identifier or number as written, or a quoted string as its bytes.</summary>
internal sealed record TextScalar(string Raw, byte[]? Bytes)
{
    /// <summary>The value as text: quoted strings decoded as UTF-8.</summary>
    public string Text => Bytes is null ? Raw : Encoding.UTF8.GetString(Bytes);
}
