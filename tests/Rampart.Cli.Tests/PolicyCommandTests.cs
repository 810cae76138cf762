using System.Text.Json;

namespace Rampart.Cli.Tests;

public sealed class PolicyCommandTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext: {runAsNonRoot: true}
                - name: sidecar
                  image: envoy:1.31
        """;

    [Fact]
    public void A_value_is_printed_as_json_and_exits_zero()
    {
        using var files = new TempFolder().Write("d.yaml", Deployment);

        var run = CliRun.Of("policy", "eval", "object.spec.template.spec.containers.map(c, c.name)", "--object", files["d.yaml"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"value":["web","sidecar"]}""", run.Out.Trim());
    }

    [Fact]
    public void A_failing_check_is_a_value_not_an_error()
    {
        using var files = new TempFolder().Write("d.yaml", Deployment);

        var run = CliRun.Of("policy", "eval", "object.spec.template.spec.containers.all(c, has(c.securityContext) && c.securityContext.runAsNonRoot == true)", "--object", files["d.yaml"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"value":false}""", run.Out.Trim());
    }

    [Fact]
    public void An_evaluation_error_has_its_position_and_exits_one()
    {
        using var files = new TempFolder().Write("d.yaml", Deployment);

        var run = CliRun.Of("policy", "eval", "object.metadata.labels['team']", "--object", files["d.yaml"]);

        Assert.Equal(1, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("no such key: \"team\"", json.GetProperty("error").GetString());
        Assert.Equal(1, json.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_compile_error_has_its_position_and_exits_two()
    {
        var run = CliRun.Of("policy", "eval", "object.spec.\n  containers.all(c, c.name ==)");

        Assert.Equal(2, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(2, json.GetProperty("line").GetInt32());
        Assert.True(json.GetProperty("column").GetInt32() > 1);
    }

    [Fact]
    public void Old_object_and_params_are_bound()
    {
        using var files = new TempFolder()
            .Write("new.yaml", "metadata: {name: a}\nspec: {replicas: 3}\n")
            .Write("old.yaml", "metadata: {name: a}\nspec: {replicas: 1}\n")
            .Write("params.yaml", "maxIncrease: 1\n");

        var run = CliRun.Of("policy", "eval", "object.spec.replicas - oldObject.spec.replicas > params.maxIncrease && request.operation == 'UPDATE'",
            "--object", files["new.yaml"], "--old-object", files["old.yaml"], "--params", files["params.yaml"]);

        Assert.Equal("""{"value":true}""", run.Out.Trim());
    }

    [Fact]
    public void Operation_user_and_groups_reach_the_request()
    {
        using var files = new TempFolder().Write("old.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: shop}\n");

        var run = CliRun.Of("policy", "eval", "[request.operation, request.userInfo.username, dyn(request.userInfo.groups.join(',')), dyn(string(object == null)), oldObject.metadata.name].join(' ')",
            "--old-object", files["old.yaml"], "--operation", "delete", "--user", "alice", "--group", "devs", "--group", "oncall");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"value":"DELETE alice devs,oncall true a"}""", run.Out.Trim());
    }

    [Fact]
    public void Without_operation_and_user_the_request_is_a_scan_s()
    {
        using var files = new TempFolder().Write("d.yaml", Deployment);

        var run = CliRun.Of("policy", "eval", "[request.operation, request.userInfo.username, dyn(request.userInfo.groups.join(','))].join(' ')", "--object", files["d.yaml"]);

        Assert.Equal("""{"value":"CREATE rampart system:authenticated"}""", run.Out.Trim());
    }

    [Theory]
    [InlineData("REPLACE", "is not one of CREATE, UPDATE, DELETE, CONNECT")]
    [InlineData("CREATE", "a CREATE has no old object")]
    public void An_operation_that_is_unknown_or_contradicts_the_objects_is_a_usage_error(string operation, string message)
    {
        using var files = new TempFolder().Write("d.yaml", Deployment);

        var run = CliRun.Of("policy", "eval", "true", "--object", files["d.yaml"], "--old-object", files["d.yaml"], "--operation", operation);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_object_file_is_a_usage_error_naming_its_line()
    {
        using var files = new TempFolder().Write("bad.yaml", "metadata:\n  name: [a\n");

        var run = CliRun.Of("policy", "eval", "true", "--object", files["bad.yaml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_and_export_cover_the_built_in_pack()
    {
        var list = CliRun.Of("policy", "list");
        var export = CliRun.Of("policy", "export", "RMP-K8S-004");

        Assert.True(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 60);
        Assert.StartsWith("RMP-K8S-001\t", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("kind: ValidatingAdmissionPolicy", export.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("policy", "export", "RMP-NOPE").ExitCode);
    }
}
