using System.Text.Json;

namespace Rampart.Server.Tests;

/// <summary><c>POST /validate</c> on reviews of our own: the answer's shape, actions, exemptions, waivers, operations and dry runs.</summary>
public sealed class ValidateTests
{
    [Fact]
    public async Task A_privileged_pod_is_denied_with_403_naming_the_policy_and_its_remediation()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod, uid: "uid-privileged"));

        Assert.Equal("uid-privileged", response.GetProperty("uid").GetString());
        Assert.False(response.GetProperty("allowed").GetBoolean());
        var status = response.GetProperty("status");
        Assert.Equal(403, status.GetProperty("code").GetInt32());
        Assert.Equal("Forbidden", status.GetProperty("reason").GetString());
        var message = status.GetProperty("message").GetString()!;
        Assert.Contains("[RMP-K8S-004] Privileged container", message, StringComparison.Ordinal);
        Assert.Contains("Pod shop/web", message, StringComparison.Ordinal);
        Assert.Contains("fix: Remove securityContext.privileged", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compliant_deployment_is_allowed_without_status()
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.ValidateAsync(Reviews.For(Reviews.GoodDeployment));

        Assert.True(response.GetProperty("allowed").GetBoolean(), response.ToString());
        Assert.False(response.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Warnings_are_at_most_120_characters_and_capped_in_number()
    {
        await using var server = await WebhookServer.StartAsync("admission:\n  maxWarnings: 3\n  actions:\n    '*': warn\n");

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));

        Assert.True(response.GetProperty("allowed").GetBoolean());
        var warnings = response.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.InRange(w.Length, 1, 120));
        Assert.Matches(@"^… and \d+ more warnings", warnings[^1]);
    }

    [Fact]
    public async Task Configured_actions_override_the_severity_default_first_match_wins()
    {
        await using var server = await WebhookServer.StartAsync("admission:\n  actions:\n    RMP-K8S-004: warn\n    pss-restricted: audit\n    misconfiguration: audit\n");

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));

        Assert.True(response.GetProperty("allowed").GetBoolean(), response.ToString());
        Assert.Contains(response.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("[RMP-K8S-004]", StringComparison.Ordinal));
        Assert.Contains("RMP-K8S-016", response.GetProperty("auditAnnotations").GetProperty("audit").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medium_severity_warns_and_low_severity_is_audited_by_default()
    {
        await using var server = await WebhookServer.StartAsync();
        var pod = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"shop"},"spec":{"containers":[{"name":"app","image":"registry.example/app:latest"}]}}""";

        var response = await server.ValidateAsync(Reviews.For(pod));

        // RMP-K8S-023 (latest tag) is medium: a warning; RMP-K8S-030 (no liveness probe) is low: audited.
        Assert.Contains(response.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("[RMP-K8S-023]", StringComparison.Ordinal));
        Assert.Contains("RMP-K8S-030", response.GetProperty("auditAnnotations").GetProperty("audit").GetString()!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kube-system")]
    [InlineData("rampart-system")]
    public async Task Kube_system_and_the_webhooks_own_namespace_are_admitted_unchecked_by_default(string ns)
    {
        await using var server = await WebhookServer.StartAsync();

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod.Replace("\"shop\"", $"\"{ns}\"", StringComparison.Ordinal)));

        Assert.True(response.GetProperty("allowed").GetBoolean());
        Assert.Contains("rampart_admission_reviews_total{outcome=\"exempt\"} 1", await server.GetAsync("/metrics"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("legacy", true)]
    [InlineData("kube-system", false)]
    [InlineData("rampart-system", true)]
    public async Task Configured_exempt_namespaces_replace_kube_system_but_never_the_webhooks_own(string ns, bool exempt)
    {
        await using var server = await WebhookServer.StartAsync("admission:\n  exemptNamespaces: [legacy]\n");

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod.Replace("\"shop\"", $"\"{ns}\"", StringComparison.Ordinal)));

        Assert.Equal(exempt, response.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Objects_matching_the_exempt_label_selector_are_admitted_and_others_are_not()
    {
        await using var server = await WebhookServer.StartAsync("admission:\n  exemptObjects:\n    matchExpressions:\n      - {key: rampart.dev/exempt, operator: In, values: ['true']}\n");
        var labelled = Reviews.PrivilegedPod.Replace("\"namespace\":\"shop\"", "\"namespace\":\"shop\",\"labels\":{\"rampart.dev/exempt\":\"true\"}", StringComparison.Ordinal);

        Assert.True((await server.ValidateAsync(Reviews.For(labelled))).GetProperty("allowed").GetBoolean());
        Assert.False((await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod))).GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task A_waived_finding_is_a_warning_not_a_denial()
    {
        const string Config = """
            teams:
              - name: security
                members: [erin]
            waivers:
              - rule: RMP-K8S-004
                resource: {kind: Pod, namespace: shop, name: web}
                reason: vendor appliance needs it
                approver: erin
                expires: 2099-01-01
            admission:
              actions:
                RMP-K8S-004: deny
                '*': audit
            """;
        await using var server = await WebhookServer.StartAsync(Config);

        var waived = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));
        var other = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod.Replace("\"name\":\"web\"", "\"name\":\"api\"", StringComparison.Ordinal)));

        Assert.True(waived.GetProperty("allowed").GetBoolean(), waived.ToString());
        Assert.Contains(waived.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("[RMP-K8S-004] waived:", StringComparison.Ordinal));
        Assert.False(other.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task An_update_is_evaluated_with_its_old_object()
    {
        const string Policy = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata:
              name: no-scale-down
              annotations:
                rampart.dev/id: ORG-001
                rampart.dev/title: "Replicas only grow"
                rampart.dev/severity: high
                rampart.dev/category: misconfiguration
                rampart.dev/responsibility: platform
                rampart.dev/remediation: "Scale down through the change process."
            spec:
              matchConstraints:
                resourceRules:
                  - apiGroups: ["apps"]
                    apiVersions: ["v1"]
                    resources: ["deployments"]
                    operations: ["UPDATE"]
              validations:
                - expression: "object.spec.replicas >= oldObject.spec.replicas"
                  message: "replicas may not go down"
            """;
        await using var server = await WebhookServer.StartAsync("scan:\n  policies: [policies]\n", (folder, options) =>
        {
            folder.Write("policies/no-scale-down.yaml", Policy);
            return options;
        });
        var three = Reviews.GoodDeployment.Replace("\"replicas\":2", "\"replicas\":3", StringComparison.Ordinal);

        var down = await server.ValidateAsync(Reviews.For(Reviews.GoodDeployment, "UPDATE", oldObjectJson: three));
        var up = await server.ValidateAsync(Reviews.For(three, "UPDATE", oldObjectJson: Reviews.GoodDeployment));
        var created = await server.ValidateAsync(Reviews.For(Reviews.GoodDeployment));

        Assert.False(down.GetProperty("allowed").GetBoolean());
        Assert.Contains("[ORG-001] Replicas only grow: replicas may not go down", down.GetProperty("status").GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.True(up.GetProperty("allowed").GetBoolean(), up.ToString());
        Assert.True(created.GetProperty("allowed").GetBoolean(), created.ToString());
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("CONNECT")]
    public async Task Delete_and_connect_are_allowed(string operation)
    {
        await using var server = await WebhookServer.StartAsync();
        var review = operation == "DELETE"
            ? Reviews.For("", operation, oldObjectJson: Reviews.PrivilegedPod)
            : Reviews.For(Reviews.PrivilegedPod, operation);

        var response = await server.ValidateAsync(review);

        Assert.True(response.GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task A_dry_run_is_decided_alike_but_leaves_no_audit_record()
    {
        await using var server = await WebhookServer.StartAsync();
        var pod = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"shop"},"spec":{"containers":[{"name":"app","image":"registry.example/app:1.2"}]}}""";

        var dry = await server.ValidateAsync(Reviews.For(pod, dryRun: true));
        var auditsAfterDryRun = server.Logs.Entries.Count(e => e.Event == "audit");
        var real = await server.ValidateAsync(Reviews.For(pod));

        Assert.Equal(real.GetProperty("allowed").GetBoolean(), dry.GetProperty("allowed").GetBoolean());
        Assert.Equal(Reviews.NamedPolicies(real), Reviews.NamedPolicies(dry));
        Assert.Equal(0, auditsAfterDryRun);
        Assert.Equal(1, server.Logs.Entries.Count(e => e.Event == "audit"));
    }

    [Fact]
    public async Task A_kind_no_policy_selects_is_allowed_without_evaluation()
    {
        // RMP-K8S-039 (default namespace) and RMP-K8S-072 (required labels) select every kind; switched off, nothing selects a Widget.
        await using var server = await WebhookServer.StartAsync("rules:\n  disable: [RMP-K8S-039, RMP-K8S-072]\n");
        await using var everything = await WebhookServer.StartAsync();
        var widget = Reviews.For("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w","namespace":"shop"},"spec":{"privileged":true}}""");

        var response = await server.ValidateAsync(widget);
        await everything.ValidateAsync(widget);

        Assert.True(response.GetProperty("allowed").GetBoolean());
        Assert.Contains("rampart_admission_reviews_total{outcome=\"no_policy\"} 1", await server.GetAsync("/metrics"), StringComparison.Ordinal);
        Assert.Contains("rampart_admission_reviews_total{outcome=\"allowed\"} 1", await everything.GetAsync("/metrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_switched_off_in_rampart_yaml_do_not_deny()
    {
        await using var server = await WebhookServer.StartAsync("rules:\n  disable: [RMP-K8S-004]\n");

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));

        Assert.DoesNotContain("RMP-K8S-004", Reviews.NamedPolicies(response));
    }

    [Fact]
    public async Task A_profile_limits_admission_to_its_policies_as_it_limits_scan()
    {
        await using var server = await WebhookServer.StartAsync("rules:\n  profile: pss-baseline\nadmission:\n  actions:\n    '*': warn\n");

        var response = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod));

        var named = Reviews.NamedPolicies(response);
        Assert.Contains("RMP-K8S-004", named);
        Assert.DoesNotContain("RMP-K8S-016", named);
        Assert.DoesNotContain("RMP-K8S-023", named);
    }

    internal static JsonElement Response(string body) => JsonDocument.Parse(body).RootElement.GetProperty("response").Clone();
}
