using System.Net;
using System.Text;
using Rampart.Configuration;
using Rampart.Server.Admission;

namespace Rampart.Server.Tests;

/// <summary>What the webhook does when it cannot decide (time budget, failure mode) and with bodies that are no review.</summary>
public sealed class FailureTests
{
    [Theory]
    [InlineData("closed", false)]
    [InlineData("open", true)]
    public async Task When_the_time_budget_runs_out_the_failure_mode_decides(string mode, bool allowed)
    {
        using var folder = new TempFolder();
        var options = new ServeOptions { Root = folder.Path, ConfigPath = folder.Write("rampart.yaml", $"admission:\n  failureMode: {mode}\n") };
        var (policies, errors) = AdmissionPoliciesLoader.Load(options);
        Assert.Empty(errors);

        // A budget of zero is spent before the first expression runs: the evaluation is cancelled, whatever the machine's speed.
        var decider = new AdmissionDecider(policies!, TimeSpan.Zero, () => new DateOnly(2026, 1, 1));
        var read = ReviewReader.Read(Encoding.UTF8.GetBytes(Reviews.For(Reviews.GoodDeployment)), 64);
        using var document = read.Document!;
        var decision = decider.Decide(read.Request!, TestContext.Current.CancellationToken);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(AdmissionOutcome.Timeout, decision.Outcome);
        var said = allowed ? Assert.Single(decision.Warnings) : decision.Message!;
        Assert.Contains("time budget of 0 ms", said, StringComparison.Ordinal);
        Assert.Contains($"failureMode: {mode}", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_that_runs_past_the_budget_is_cancelled_and_the_review_answered_by_the_failure_mode()
    {
        // Quadratic work over a long list: far beyond a 1 ms budget on any machine, and cancelled between iterations.
        const string Policy = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata:
              name: slow
              annotations:
                rampart.dev/id: ORG-SLOW
                rampart.dev/title: "Slow"
                rampart.dev/severity: high
                rampart.dev/category: misconfiguration
                rampart.dev/responsibility: platform
            spec:
              matchConstraints:
                resourceRules:
                  - apiGroups: [""]
                    apiVersions: ["v1"]
                    resources: ["configmaps"]
                    operations: ["CREATE"]
              validations:
                - expression: "object.data.items.all(a, object.data.items.all(b, object.data.items.all(c, a + b + c != 'x')))"
            """;
        await using var server = await WebhookServer.StartAsync("scan:\n  policies: [policies]\nadmission:\n  timeoutMilliseconds: 1\n", (folder, options) =>
        {
            folder.Write("policies/slow.yaml", Policy);
            return options;
        });
        var items = string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"{i}\""));
        var configMap = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\",\"namespace\":\"shop\"},\"data\":{\"items\":[" + items + "]}}";

        var response = await server.ValidateAsync(Reviews.For(configMap));

        // Whichever stops it first, the 1 ms budget or the CEL cost limit (which one depends on the machine's speed),
        // the review is answered by the failure mode and counted as an evaluation error.
        Assert.False(response.GetProperty("allowed").GetBoolean());
        var message = response.GetProperty("status").GetProperty("message").GetString()!;
        Assert.Contains("(failureMode: closed)", message, StringComparison.Ordinal);
        Assert.True(message.Contains("time budget of 1 ms", StringComparison.Ordinal) || message.Contains("ORG-SLOW could not be evaluated", StringComparison.Ordinal), message);
        Assert.Matches("rampart_admission_evaluation_errors_total\\{policy=\"(timeout|ORG-SLOW)\"\\} 1", await server.GetAsync("/metrics"));
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "{not json", "not valid JSON" },
        { "[]", "must be an AdmissionReview object" },
        { """{"apiVersion":"admission.k8s.io/v1beta1","kind":"AdmissionReview","request":{"uid":"u"}}""", "expected apiVersion admission.k8s.io/v1" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"Pod"}""", "expected apiVersion admission.k8s.io/v1 and kind AdmissionReview" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview"}""", "has no request object" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"operation":"CREATE"}}""", "has no uid" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"PATCH","kind":{"kind":"Pod"}}}""", "request.operation must be one of" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"CREATE"}}""", "request.kind must give" },
        { """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","operation":"CREATE","kind":{"kind":"Pod","version":"v1"}}}""", "a CREATE needs request.object" },
        { new string('[', 100_000) + new string(']', 100_000), "nests deeper than the limit of 128 levels" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_that_is_no_review_gets_400_with_a_clear_message(string body, string reason)
    {
        await using var server = await WebhookServer.StartAsync();

        var (status, text) = await server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_gets_400_and_one_under_it_is_answered()
    {
        await using var server = await WebhookServer.StartAsync("admission:\n  maxRequestBytes: 4096\n");
        var padded = Reviews.GoodDeployment.Replace("\"name\":\"web\",", $"\"name\":\"web\",\"annotations\":{{\"pad\":\"{new string('x', 5000)}\"}},", StringComparison.Ordinal);

        var (status, text) = await server.PostAsync(Reviews.For(padded));
        var (small, _) = await server.PostAsync(Reviews.For(Reviews.GoodDeployment));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("larger than the limit of 4,096 bytes", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, small);
    }

    [Fact]
    public async Task A_flood_of_hostile_bodies_leaves_the_webhook_answering_good_reviews_correctly()
    {
        await using var server = await WebhookServer.StartAsync();
        var huge = Reviews.For(Reviews.PrivilegedPod.Replace("\"spec\":{", $"\"spec\":{{\"hostAliases\":[{string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"{{\"ip\":\"10.0.{i % 250}.1\",\"hostnames\":[\"h{i}\"]}}"))}],", StringComparison.Ordinal));
        var deepButAllowed = Reviews.For(Reviews.GoodDeployment.Replace("\"labels\":{\"app\":\"web\"}},", $"\"labels\":{{\"app\":\"web\"}},\"annotations\":{{\"a\":{Nested(50)}}}}},", StringComparison.Ordinal));
        string[] hostile =
        [
            new string('{', 200_000),
            new string('[', 50_000),
            "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":" + new string('x', 4_000_000) + "}",
            Reviews.For(Reviews.PrivilegedPod).Replace("\"uid\":", "\"uid\":1,\"x\":", StringComparison.Ordinal)[..200],
            "\u0000\u0001\u0002",
            "",
            huge,
            deepButAllowed,
        ];

        var flood = Enumerable.Range(0, 96).Select(i => server.PostAsync(hostile[i % hostile.Length]));
        var answers = await Task.WhenAll(flood);
        var good = await server.ValidateAsync(Reviews.For(Reviews.GoodDeployment, uid: "after-the-flood"));
        var bad = await server.ValidateAsync(Reviews.For(Reviews.PrivilegedPod, uid: "still-denies"));

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"HTTP {(int)a.Status}"));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.BadRequest);
        Assert.Equal("after-the-flood", good.GetProperty("uid").GetString());
        Assert.True(good.GetProperty("allowed").GetBoolean(), good.ToString());
        Assert.Equal("still-denies", bad.GetProperty("uid").GetString());
        Assert.False(bad.GetProperty("allowed").GetBoolean());
        Assert.StartsWith("200 ok", await server.GetAsync("/healthz"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_admission_settings_are_read_from_rampart_yaml_and_mistakes_are_errors_at_their_line()
    {
        var good = ConfigLoader.Parse("admission:\n  failureMode: open\n  timeoutMilliseconds: 500\n  actions:\n    RMP-K8S-004: warn\n    pss-restricted: audit\n", "rampart.yaml");
        var bad = ConfigLoader.Parse("admission:\n  failureMode: maybe\n  actions:\n    RMP-K8S-004: block\n  colour: blue\n", "rampart.yaml");

        Assert.Empty(good.Errors);
        var admission = good.Config.Admission;
        Assert.Equal(AdmissionFailureMode.Open, admission.FailureMode);
        Assert.Equal(500, admission.TimeoutMilliseconds);
        Assert.Equal([AdmissionAction.Warn, AdmissionAction.Audit], admission.Actions.Select(a => a.Action));
        Assert.Equal(RuleProfile.PssRestricted, admission.Actions[1].Profile);
        var errors = bad.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("rampart.yaml:2:", StringComparison.Ordinal) && e.Contains("admission.failureMode 'maybe'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("rampart.yaml:4:", StringComparison.Ordinal) && e.Contains("'block'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("rampart.yaml:5:", StringComparison.Ordinal) && e.Contains("unknown key 'colour'", StringComparison.Ordinal));
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
}
