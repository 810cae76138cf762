using Rampart.Loading;

namespace Rampart.Policies.Cel;

/// <summary>A CEL value that presents a node of a positioned tree; lets findings find their way back to a line.</summary>
public interface INodeValue
{
    Node Node { get; }
}
