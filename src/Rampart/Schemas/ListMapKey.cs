namespace Rampart.Schemas;

/// <summary>A key field of an <c>x-kubernetes-list-type: map</c> list, and the value the API server fills in when it is absent.</summary>
internal sealed record ListMapKey(string Name, string? Default);
