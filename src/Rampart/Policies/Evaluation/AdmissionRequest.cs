using Rampart.Cel.Values;
using Rampart.Kubernetes;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The <c>request</c> variable for an object read from a repository: a CREATE of the object, by the user
/// <c>rampart</c>, not a dry run.
/// </summary>
internal static class AdmissionRequest
{
    public static CelValue For(KubernetesObject obj, ResourceTarget target, string operation = "CREATE")
    {
        var kind = Map(("group", S(target.Group)), ("version", S(target.Version)), ("kind", S(obj.Kind)));
        var resource = Map(("group", S(target.Group)), ("version", S(target.Version)), ("resource", S(target.Resource)));
        return Map(
            ("uid", S("")),
            ("kind", kind),
            ("resource", resource),
            ("subResource", S("")),
            ("requestKind", kind),
            ("requestResource", resource),
            ("requestSubResource", S("")),
            ("name", S(obj.Name ?? "")),
            ("namespace", S(obj.Namespace ?? "")),
            ("operation", S(operation)),
            ("userInfo", Map(("username", S("rampart")), ("groups", CelList.Empty))),
            ("dryRun", CelBool.False),
            ("options", Map(("apiVersion", S("meta.k8s.io/v1")), ("kind", S(operation == "UPDATE" ? "UpdateOptions" : "CreateOptions")))));
    }

    public static CelValue MinimalNamespace(string name) => Map(
        ("apiVersion", S("v1")),
        ("kind", S("Namespace")),
        ("metadata", Map(("name", S(name)), ("labels", Map(("kubernetes.io/metadata.name", S(name)))))));

    private static CelString S(string value) => CelString.Of(value);

    private static CelMap Map(params (string Key, CelValue Value)[] entries) =>
        CelMap.Of(entries.Select(e => new KeyValuePair<CelValue, CelValue>(CelString.Of(e.Key), e.Value)));
}
