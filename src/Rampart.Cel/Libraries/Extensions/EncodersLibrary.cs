using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>cel-go's encoders extension (<c>cel.lib.ext.encoders</c>): base64.encode and base64.decode.</summary>
internal sealed class EncodersLibrary : ICelLibrary
{
    public static EncodersLibrary Instance { get; } = new();

    public string Name => "cel.lib.ext.encoders";

    public void Configure(CelEnvironmentBuilder builder) => builder
        .AddFunction("base64.encode", f => f
            .Global("base64_encode_bytes", CelType.Bytes, CelType.String, b => CelString.Of(GoBase64.Encode(((CelBytes)b).Span)), CelCallCost.PerSize(0, 0.1)))
        .AddFunction("base64.decode", f => f
            .Global("base64_decode_string", CelType.String, CelType.Bytes, Decode, CelCallCost.PerSize(0, 0.1)));

    private static CelValue Decode(CelValue text)
    {
        var (value, error) = GoBase64.DecodeLenient(((CelString)text).Value);
        return error is null ? CelBytes.Wrap(value!) : new CelError(error);
    }
}
