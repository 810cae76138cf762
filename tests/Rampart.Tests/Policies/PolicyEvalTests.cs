using Rampart.Cel.Values;
using Rampart.Loading;
using Rampart.Policies;
using Rampart.Kubernetes.Admission;

namespace Rampart.Tests.Policies;

public sealed class PolicyEvalTests
{
    private static MappingNode Object(string yaml) => (MappingNode)new YamlLoader().Load("o.yaml", yaml).Single().Root!;

    [Fact]
    public void An_expression_sees_the_object_as_a_validation_would()
    {
        var input = new PolicyEvalInput { Object = Object("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec: {replicas: 3}\n") };

        var result = PolicyEval.Evaluate("object.spec.replicas * 2 == 6 && request.operation == 'CREATE' && request.resource.resource == 'deployments'", input);

        Assert.True(result.Compiled);
        Assert.Equal(CelBool.True, result.Value);
    }

    [Fact]
    public void With_an_old_object_the_request_is_an_update()
    {
        var input = new PolicyEvalInput
        {
            Object = Object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: '2'}\n"),
            OldObject = Object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: '1'}\n"),
        };

        var result = PolicyEval.Evaluate("request.operation + ':' + oldObject.data.a + '->' + object.data.a", input);

        Assert.Equal("UPDATE:1->2", Assert.IsType<CelString>(result.Value).Value);
    }

    [Fact]
    public void The_operation_and_the_user_are_those_given()
    {
        var input = new PolicyEvalInput
        {
            OldObject = Object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\n"),
            Operation = AdmissionOperation.Delete,
            User = new AdmissionUser("alice", ["devs", "oncall"]) { Uid = "42" },
        };

        var result = PolicyEval.Evaluate(
            "[request.operation, request.userInfo.username, request.userInfo.uid, dyn(request.userInfo.groups.join(',')), request.name, dyn(string(object == null))].join(' ')",
            input);

        Assert.Equal("DELETE alice 42 devs,oncall c true", Assert.IsType<CelString>(result.Value).Value);
    }

    [Fact]
    public void Without_a_namespace_object_the_object_s_namespace_is_a_minimal_one_as_in_a_scan()
    {
        var input = new PolicyEvalInput { Object = Object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\n") };

        var result = PolicyEval.Evaluate("namespaceObject.metadata.labels['kubernetes.io/metadata.name'] + ' ' + request.userInfo.groups[0]", input);

        Assert.Equal("shop system:authenticated", Assert.IsType<CelString>(result.Value).Value);
    }

    [Fact]
    public void The_authorizer_is_not_available_as_in_a_scan()
    {
        var result = PolicyEval.Evaluate("authorizer == null", new PolicyEvalInput());

        Assert.False(result.Compiled);
        Assert.Contains("undeclared reference to 'authorizer'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objects_that_contradict_the_operation_are_refused()
    {
        var input = new PolicyEvalInput
        {
            Object = Object("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"),
            Operation = AdmissionOperation.Delete,
        };

        Assert.Equal("a DELETE has no object, only the old object being deleted", input.Inconsistency());
        Assert.Throws<ArgumentException>(() => PolicyEval.Evaluate("true", input));
    }

    [Fact]
    public void A_compile_error_comes_back_with_its_position()
    {
        var result = PolicyEval.Evaluate("object.spec.replicas >", new PolicyEvalInput());

        Assert.False(result.Compiled);
        Assert.Null(result.Value);
        Assert.Equal(1, Assert.Single(result.Errors).Line);
    }
}
