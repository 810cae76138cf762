using Rampart.Cel.Values;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The <c>request</c> variable: the fields of a Kubernetes AdmissionRequest that a ValidatingAdmissionPolicy sees
/// (<c>kind</c>, <c>resource</c>, <c>name</c>, <c>namespace</c>, <c>operation</c>, <c>userInfo</c>, <c>dryRun</c>,
/// <c>options</c>, …), for <paramref name="subject"/> (the object, or the old object of a DELETE) and the
/// attributes of the request.
/// </summary>
internal static class AdmissionRequest
{
    public static CelValue For(KubernetesObject subject, ResourceTarget target, AdmissionAttributes attributes)
    {
        var kind = Map(("group", S(target.Group)), ("version", S(target.Version)), ("kind", S(subject.Kind)));
        var resource = Map(("group", S(target.Group)), ("version", S(target.Version)), ("resource", S(target.Resource)));
        List<(string, CelValue)> entries =
        [
            ("uid", S("")),
            ("kind", kind),
            ("resource", resource),
            ("subResource", S("")),
            ("requestKind", kind),
            ("requestResource", resource),
            ("requestSubResource", S("")),
            ("name", S(subject.Name ?? "")),
            ("namespace", S(subject.Namespace ?? "")),
            ("operation", S(attributes.Operation.Name())),
            ("userInfo", UserInfo(attributes.User)),
            ("dryRun", CelBool.Of(attributes.DryRun)),
        ];
        if (OptionsKind(attributes.Operation) is { } optionsKind)
        {
            entries.Add(("options", Map(("apiVersion", S("meta.k8s.io/v1")), ("kind", S(optionsKind)))));
        }

        return Map([.. entries]);
    }

    public static CelValue MinimalNamespace(string name) => Map(
        ("apiVersion", S("v1")),
        ("kind", S("Namespace")),
        ("metadata", Map(("name", S(name)), ("labels", Map(("kubernetes.io/metadata.name", S(name)))))));

    /// <summary><c>userInfo</c> as Kubernetes serializes it: <c>uid</c> and <c>extra</c> are left out when empty.</summary>
    private static CelMap UserInfo(AdmissionUser user)
    {
        List<(string, CelValue)> entries = [("username", S(user.Username))];
        if (user.Uid.Length > 0)
        {
            entries.Add(("uid", S(user.Uid)));
        }

        entries.Add(("groups", Strings(user.Groups)));
        if (user.Extra.Count > 0)
        {
            entries.Add(("extra", Map([.. user.Extra.Select(e => (e.Key, (CelValue)Strings(e.Value)))])));
        }

        return Map([.. entries]);
    }

    /// <summary>The kind of <c>request.options</c>; a CONNECT's options are the object itself.</summary>
    private static string? OptionsKind(AdmissionOperation operation) => operation switch
    {
        AdmissionOperation.Create => "CreateOptions",
        AdmissionOperation.Update => "UpdateOptions",
        AdmissionOperation.Delete => "DeleteOptions",
        _ => null,
    };

    private static CelList Strings(IReadOnlyList<string> values) => CelList.Wrap([.. values.Select(v => (CelValue)S(v))]);

    private static CelString S(string value) => CelString.Of(value);

    private static CelMap Map(params (string Key, CelValue Value)[] entries) =>
        CelMap.Of(entries.Select(e => new KeyValuePair<CelValue, CelValue>(CelString.Of(e.Key), e.Value)));
}
