using System.Text;

namespace Rampart.Policies.Export;

/// <summary>
/// Writes the ValidatingAdmissionPolicyBinding that puts an exported policy into force: named like the policy and
/// naming it in <c>spec.policyName</c>, with the policy's action as <c>validationActions</c>, the exemptions as
/// <c>matchResources</c> selectors, and a <c>paramRef</c> to the parameter object export writes (named like the
/// policy) when the policy takes parameters.
/// </summary>
public static class PolicyBindingWriter
{
    public static string Write(Policy policy, BindingSettings settings)
    {
        var w = new StringBuilder();
        w.Append("apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata:\n");
        w.Append("  name: ").Append(PolicyExporter.Quote(policy.Name)).Append('\n');
        w.Append("spec:\n  policyName: ").Append(PolicyExporter.Quote(policy.Name)).Append('\n');
        w.Append("  validationActions: ").Append(PolicyExporter.List(BindingSettings.ValidationActions(settings.ActionFor(policy)))).Append('\n');
        if (policy.Parameters is not null || policy.ParamKind is not null)
        {
            w.Append("  paramRef:\n    name: ").Append(PolicyExporter.Quote(policy.Name)).Append("\n    parameterNotFoundAction: Deny\n");
        }

        var namespaces = settings.NamespaceSelector();
        var objects = settings.ObjectSelector();
        if (!namespaces.IsEmpty || !objects.IsEmpty)
        {
            w.Append("  matchResources:\n");
            PolicyExporter.WriteSelector(w, "namespaceSelector", namespaces);
            PolicyExporter.WriteSelector(w, "objectSelector", objects);
        }

        return w.ToString();
    }
}
