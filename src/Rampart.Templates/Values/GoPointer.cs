namespace Rampart.Templates.Values;

/// <summary>A pointer to a host value: its pointer type and the value pointed to (the same object the struct value holds).</summary>
public sealed record GoPointer(GoType GoType, object Target) : IGoValue;
