using System.Text;
using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

/// <summary>
/// The byte look that decides whether a manifest is parsed a second time for Secrets and literal env values: it may
/// say yes too often (a parse for nothing) but never no where the objects could give a finding.
/// </summary>
public sealed class KubernetesPrefilterTests
{
    private const string Workload = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      automountServiceAccountToken: false\n      containers:\n        - name: web\n          image: nginx\n          env:\n";

    [Fact]
    public void A_workload_whose_env_names_no_secret_word_is_not_parsed_again_whatever_else_says_token()
    {
        Assert.False(KubernetesSecrets.MayHoldObjects(Bytes(Workload + "            - name: LOG_LEVEL\n              value: debug\n")));
    }

    [Theory]
    [InlineData("            - name: DB_PASSWORD\n              value: hunter2-Long\n")]
    [InlineData("            - name:\n                DB_PASSWORD\n              value: hunter2-Long\n")]
    [InlineData("            - {name: Api_Token, value: abcd1234efgh}\n")]
    public void A_variable_named_by_a_secret_word_is_parsed_again(string env)
    {
        Assert.True(KubernetesSecrets.MayHoldObjects(Bytes(Workload + env)));
    }

    [Fact]
    public void Json_env_names_are_seen_too()
    {
        Assert.True(KubernetesSecrets.MayHoldObjects(Bytes("{\"kind\": \"Pod\", \"spec\": {\"containers\": [{\"image\": \"x\", \"env\": [\n{\"name\": \"STRIPE_SECRET\",\n \"value\": \"abc\"}]}]}}")));
    }

    [Fact]
    public void A_Secret_is_always_parsed_again()
    {
        Assert.True(KubernetesSecrets.MayHoldObjects(Bytes("apiVersion: v1\nkind: Secret\nstringData:\n  a: b\n")));
    }

    [Fact]
    public void A_secret_word_past_the_first_window_of_a_long_line_is_found()
    {
        var line = "            - {name: " + new string('A', 1_000) + "_PASSWORD, value: abcd1234efgh}\n";
        Assert.True(KubernetesSecrets.MayHoldObjects(Bytes(Workload + line)));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
