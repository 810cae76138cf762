using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Kubernetes;

/// <summary>
/// The Kubernetes format library (<c>format</c>): <c>format.named(name)</c>, one function per named
/// format (<c>format.dns1123Label()</c>...) and <c>&lt;format&gt;.validate(s)</c>, which is
/// <c>optional.none()</c> for a valid string and otherwise the list of the API server's error messages.
/// </summary>
internal sealed class FormatLibrary : ICelLibrary
{
    public static FormatLibrary Instance { get; } = new();

    private static readonly CelType F = KubernetesTypes.NamedFormat;

    public string Name => "kubernetes.format";

    public void Configure(CelEnvironmentBuilder builder)
    {
        builder
            .AddType(F)
            .AddFunction("format.named", f => f.Global("format-named", CelType.String, CelType.Optional(F), Named))
            .AddFunction("validate", f => f.Member("format-validate", F, CelType.String, CelType.Optional(CelType.List(CelType.String)), Validate,
                CelCallCost.PerSize(1, 0.1)));

        foreach (var format in NamedFormats.All.Values)
        {
            var value = new NamedFormatValue(format);
            var name = "format." + format.Key;
            builder.AddFunction(name, f => f.Global(name, [], F, _ => value));
        }
    }

    private static CelValue Named(CelValue name) =>
        NamedFormats.All.TryGetValue(((CelString)name).Value, out var format) ? CelOptional.Of(new NamedFormatValue(format)) : CelOptional.None;

    private static CelValue Validate(CelValue format, CelValue text)
    {
        var errors = ((NamedFormatValue)format).Format.Validate(((CelString)text).Value);
        if (errors.Count == 0)
        {
            return CelOptional.None;
        }

        return CelOptional.Of(CelList.Wrap([.. errors.Select(e => (CelValue)CelString.Of(e))]));
    }
}
