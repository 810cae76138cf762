using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes quantity library (<c>kubernetes.quantity</c>): quantity, isQuantity, sign, isInteger,
/// asInteger, asApproximateFloat, add, sub, isGreaterThan, isLessThan and compareTo, with exact decimal
/// arithmetic.
/// </summary>
internal sealed class QuantityLibrary : ICelLibrary
{
    public static QuantityLibrary Instance { get; } = new();

    private static readonly CelType Q = KubernetesTypes.Quantity;
    private static readonly CelType S = CelType.String;
    private static readonly CelType I = CelType.Int;

    public string Name => "kubernetes.quantity";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddType(Q)
        .AddFunction("quantity", f => f.Global("string_to_quantity", S, Q, s => Parse(((CelString)s).Value), CelCallCost.PerSize(0, 0.1),
            ConstantFolding.Fold(a => Parse(((CelString)a[0]).Value))))
        .AddFunction("isQuantity", f => f.Global("is_quantity_string", S, CelType.Bool, s => CelBool.Of(KubernetesQuantity.Parse(((CelString)s).Value).Success), CelCallCost.PerSize(0, 0.1)))
        .AddFunction("sign", f => f
            .Member("quantity_sign", Q, I, q => CelInt.Of(Value(q).Sign)))
        .AddFunction("isGreaterThan", f => f.Member("quantity_is_greater_than", Q, Q, CelType.Bool, (a, b) => CelBool.Of(Value(a).CompareTo(Value(b)) > 0)))
        .AddFunction("isLessThan", f => f.Member("quantity_is_less_than", Q, Q, CelType.Bool, (a, b) => CelBool.Of(Value(a).CompareTo(Value(b)) < 0)))
        .AddFunction("compareTo", f => f.Member("quantity_compare_to", Q, Q, I, (a, b) => CelInt.Of(Value(a).CompareTo(Value(b)))))
        .AddFunction("asApproximateFloat", f => f.Member("quantity_get_float", Q, CelType.Double, q => CelDouble.Of(Value(q).ToApproximateDouble())))
        .AddFunction("asInteger", f => f.Member("quantity_get_int", Q, I, q => Value(q).TryGetInt64(out var v) ? CelInt.Of(v) : new CelError("cannot convert value to integer")))
        .AddFunction("isInteger", f => f.Member("quantity_is_integer", Q, CelType.Bool, q => CelBool.Of(Value(q).TryGetInt64(out _))))
        .AddFunction("add", f => f
            .Member("quantity_add", Q, Q, Q, (a, b) => new QuantityValue(Value(a).Add(Value(b))))
            .Member("quantity_add_int", Q, I, Q, (a, b) => new QuantityValue(Value(a).Add(KubernetesQuantity.FromInteger(((CelInt)b).Value)))))
        .AddFunction("sub", f => f
            .Member("quantity_sub", Q, Q, Q, (a, b) => new QuantityValue(Value(a).Subtract(Value(b))))
            .Member("quantity_sub_int", Q, I, Q, (a, b) => new QuantityValue(Value(a).Subtract(KubernetesQuantity.FromInteger(((CelInt)b).Value)))));

    private static CelValue Parse(string text)
    {
        var result = KubernetesQuantity.Parse(text);
        return result.Success ? new QuantityValue(result.Value!) : new CelError(result.Error!);
    }

    private static KubernetesQuantity Value(CelValue value) => ((QuantityValue)value).Quantity;
}
