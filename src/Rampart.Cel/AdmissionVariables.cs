using Rampart.Cel.Values;

namespace Rampart.Cel;

public static class AdmissionVariables
{
    /// <summary>
    /// Declares the variables of a Kubernetes ValidatingAdmissionPolicy expression: <c>object</c>,
    /// <c>oldObject</c>, <c>params</c>, <c>request</c>, <c>namespaceObject</c>, <c>variables</c> (a map of the
    /// policy's named variables) and <c>authorizer</c>. Types are dyn unless given.
    /// </summary>
    public static CelEnvironmentBuilder AddAdmissionVariables(this CelEnvironmentBuilder builder, CelType? objectType = null, CelType? paramsType = null) => builder
        .AddVariable("object", objectType ?? CelType.Dyn)
        .AddVariable("oldObject", objectType ?? CelType.Dyn)
        .AddVariable("params", paramsType ?? CelType.Dyn)
        .AddVariable("request", CelType.Dyn)
        .AddVariable("namespaceObject", CelType.Dyn)
        .AddVariable("variables", CelType.Map(CelType.String, CelType.Dyn))
        .AddVariable("authorizer", CelType.Dyn);
}
