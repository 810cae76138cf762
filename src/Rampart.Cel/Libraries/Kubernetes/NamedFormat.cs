namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>A named string format of the Kubernetes format library (<c>format.dns1123Label()</c> and others).</summary>
/// <param name="Key">The name used with <c>format.named</c> and as the function suffix.</param>
/// <param name="Name">The display name.</param>
/// <param name="Validate">Returns the validation errors of a string; empty when it is valid.</param>
public sealed record NamedFormat(string Key, string Name, Func<string, IReadOnlyList<string>> Validate)
{
    public override string ToString() => Name;
}
