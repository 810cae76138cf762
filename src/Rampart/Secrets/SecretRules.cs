using Rampart.Findings;
using Rampart.Secrets.Rules;

namespace Rampart.Secrets;

/// <summary>
/// The built-in secret rules, in the order they claim a secret (specific formats first, a private key of any other
/// PEM kind after the named kinds, URLs and generic assignments last), and the two rules about Kubernetes objects.
/// </summary>
public static class SecretRules
{
    private const string Revoke =
        "Revoke the credential where it was issued (it is in the repository's history now), remove it from the file, "
        + "and load it at run time from a secret store; if it is not a secret, add a rampart:allow comment on the line.";

    public static IReadOnlyList<SecretRule> All { get; } =
        [.. CloudRules.All, .. VcsRules.All, .. ChatRules.All, .. PaymentsRules.All, .. RegistriesRules.All, .. KeysRules.All, .. GenericRules.All];

    /// <summary>A <c>Secret</c> with a value in <c>data</c> or <c>stringData</c> that is not encrypted.</summary>
    public static RuleDescriptor PlainSecret { get; } = new()
    {
        Id = "RMP-SECRET-105",
        Title = "Kubernetes Secret with a value in plain text",
        Category = Category.Secret,
        Severity = Severity.High,
        Responsibility = Responsibility.Security,
        Description = "A Secret manifest in Git holds its values base64-encoded (data) or as they are (stringData): anyone who can read the repository can read them.",
        Remediation = "Encrypt the Secret (SOPS, Sealed Secrets) or fetch it from a store (External Secrets), and revoke the values that were committed.",
        HelpUri = "docs/secrets.md#kubernetes",
    };

    /// <summary>A literal <c>env</c> value of a container whose name says it is a secret and whose value looks like one.</summary>
    public static RuleDescriptor EnvSecret { get; } = new()
    {
        Id = "RMP-SECRET-106",
        Title = "Secret written in a container environment variable",
        Category = Category.Secret,
        Severity = Severity.High,
        Responsibility = Responsibility.Security,
        Description = "A literal env value whose name says password, secret, token or key and whose value is not a number, a flag, a reference, a path or a placeholder.",
        Remediation = "Move the value into a Secret and use valueFrom.secretKeyRef, or mount it as a file.",
        HelpUri = "docs/secrets.md#kubernetes",
    };

    /// <summary>Every rule as reports describe it, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [.. All.Select(Describe), PlainSecret, EnvSecret];

    public static RuleDescriptor Describe(SecretRule rule) => new()
    {
        Id = rule.Id,
        Title = rule.Title,
        Category = Category.Secret,
        Severity = rule.Severity,
        Responsibility = Responsibility.Security,
        Description = $"{rule.Title} written in a file.",
        Remediation = Revoke,
        HelpUri = "docs/secrets.md#rules",
    };
}
