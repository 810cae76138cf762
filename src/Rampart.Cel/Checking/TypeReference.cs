using Rampart.Cel.Values;

namespace Rampart.Cel.Checking;

/// <summary>A type used as a value (<c>int</c>, <c>google.protobuf.Timestamp</c>).</summary>
internal sealed record TypeReference(CelType Type) : Reference;
