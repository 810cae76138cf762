namespace Rampart.Templates.Values;

/// <summary>An exported field of a struct type: its name, its type and how to read it from a value.</summary>
public sealed record GoField(string Name, GoType Type, Func<object, object?> Get);
