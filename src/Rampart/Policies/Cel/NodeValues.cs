using Rampart.Cel.Values;
using Rampart.Loading;

namespace Rampart.Policies.Cel;

/// <summary>
/// Presents a positioned YAML/JSON tree to CEL without copying it: mappings become <see cref="NodeMap"/>,
/// sequences <see cref="NodeList"/>, scalars the CEL value of their resolved YAML 1.1 type. As in Kubernetes,
/// a field whose value is <c>null</c> is absent (<c>has()</c> is false), so <c>securityContext:</c> with no
/// value reads like no securityContext at all. Child wrappers are made on first access and kept, so one
/// wrapped object can be shared by every policy evaluated on it.
/// </summary>
public static class NodeValues
{
    /// <summary>The CEL value of <paramref name="node"/>.</summary>
    public static CelValue From(Node node) => node switch
    {
        MappingNode map => new NodeMap(map),
        SequenceNode seq => new NodeList(seq),
        ScalarNode scalar => FromScalar(scalar),
        _ => new CelError($"unsupported node {node.GetType().Name}"),
    };

    public static CelValue FromScalar(ScalarNode scalar) => scalar.Kind switch
    {
        ScalarKind.Null => CelNull.Instance,
        ScalarKind.Bool => CelBool.Of(scalar.Bool),
        // An integer beyond the int64 range is a double, as the API server decodes it.
        ScalarKind.Int => scalar.IsUnsigned ? CelDouble.Of(scalar.UInt) : CelInt.Of(scalar.Int),
        ScalarKind.Float => CelDouble.Of(scalar.Float),
        _ => CelString.Of(scalar.Text),
    };

    /// <summary>The node behind <paramref name="value"/>, when it presents one.</summary>
    public static Node? NodeOf(CelValue value) => (value as INodeValue)?.Node;

    /// <summary>
    /// Whether a mapping value counts as present: a plain <c>null</c> (or an empty plain scalar) does not.
    /// </summary>
    internal static bool IsPresent(Node value) => value is not ScalarNode { Kind: ScalarKind.Null };
}
