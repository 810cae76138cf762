using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Testing;

namespace Rampart.Server.Tests;

/// <summary>
/// The AdmissionReview samples of <c>../shared/corpus/admission</c> (read at test time): requests captured from a
/// cluster, the all-fields round-trip fixture, and the response shapes written to the API's field documentation.
/// </summary>
public sealed class CorpusSampleTests
{
    [Theory]
    [InlineData("kubewarden-admissionrequest.privileged_container.json")]
    [InlineData("kubewarden-admissionrequest.privileged_init_container.json")]
    [InlineData("kubewarden-admissionrequest.privileged_ephemeral_container.json")]
    [InlineData("kubewarden-admissionrequest.deployment_with_privileged_containers.json")]
    public async Task Captured_requests_with_privileged_containers_are_denied_by_the_privileged_policy(string sample)
    {
        var request = await File.ReadAllTextAsync(RepositoryPaths.CorpusFolder("admission/" + sample), TestContext.Current.CancellationToken);
        await using var server = await WebhookServer.StartAsync();

        var response = await server.ValidateAsync(Reviews.Wrap(request));

        Assert.Equal(JsonNode.Parse(request)!["uid"]!.GetValue<string>(), response.GetProperty("uid").GetString());
        Assert.False(response.GetProperty("allowed").GetBoolean());
        Assert.Contains("[RMP-K8S-004]", response.GetProperty("status").GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_captured_request_without_privileged_containers_is_not_denied_for_privilege()
    {
        var request = await File.ReadAllTextAsync(RepositoryPaths.CorpusFolder("admission/kubewarden-admissionrequest.no_privileged_containers.json"), TestContext.Current.CancellationToken);
        await using var server = await WebhookServer.StartAsync();

        var response = await server.ValidateAsync(Reviews.Wrap(request));

        Assert.DoesNotContain("RMP-K8S-004", Reviews.NamedPolicies(response));
    }

    [Fact]
    public async Task The_all_fields_review_is_refused_for_its_placeholder_operation_and_answered_once_it_is_real()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.CorpusFolder("admission/k8s-api-allfields.admission.k8s.io.v1.AdmissionReview.json"), TestContext.Current.CancellationToken);
        await using var server = await WebhookServer.StartAsync();

        var (status, body) = await server.PostAsync(text);
        var review = JsonNode.Parse(text)!;
        review["request"]!["operation"] = "UPDATE";
        var response = await server.ValidateAsync(review.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("request.operation must be one of CREATE, UPDATE, DELETE, CONNECT", body, StringComparison.Ordinal);
        Assert.Equal("uidValue", response.GetProperty("uid").GetString());
        Assert.False(response.TryGetProperty("patch", out _));
    }

    [Theory]
    [InlineData("authored-response.deny.json", true)]
    [InlineData("authored-response.allow-with-warnings.json", false)]
    public async Task Our_answers_have_the_fields_of_the_documented_response_shapes(string sample, bool deny)
    {
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryPaths.CorpusFolder("admission/" + sample), TestContext.Current.CancellationToken));
        await using var server = await WebhookServer.StartAsync(deny ? null : "admission:\n  actions:\n    '*': warn\n");

        var (_, body) = await server.PostAsync(Reviews.For(Reviews.PrivilegedPod));
        using var actual = JsonDocument.Parse(body);

        Assert.Equal(Keys(expected.RootElement), Keys(actual.RootElement));
        var expectedResponse = expected.RootElement.GetProperty("response");
        var actualResponse = actual.RootElement.GetProperty("response");
        Assert.Subset(Keys(actualResponse), Keys(expectedResponse).Where(k => k != "auditAnnotations").ToHashSet());
        if (deny)
        {
            Assert.Equal(Keys(expectedResponse.GetProperty("status")), Keys(actualResponse.GetProperty("status")));
            Assert.Equal(expectedResponse.GetProperty("status").GetProperty("code").GetInt32(), actualResponse.GetProperty("status").GetProperty("code").GetInt32());
        }
    }

    private static HashSet<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
