namespace Rampart.Loading;

/// <summary>The tag and the origin of a node that has both (see <see cref="Node"/>).</summary>
internal sealed record TaggedOrigin(string Tag, NodeOrigin Origin);
