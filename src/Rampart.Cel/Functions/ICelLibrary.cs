namespace Rampart.Cel.Functions;

/// <summary>
/// A set of functions (and types) switched on together. Expose it with a <c>UseXxx()</c> extension method on
/// <see cref="CelEnvironmentBuilder"/>; the builder configures each library once, however often it is added.
/// </summary>
public interface ICelLibrary
{
    /// <summary>A unique name, e.g. <c>cel.lib.ext.strings</c> or <c>kubernetes.lib.quantity</c>.</summary>
    string Name { get; }

    void Configure(CelEnvironmentBuilder builder);
}
