using Rampart.Cel.Values;
using Rampart.Loading;
using Rampart.Policies;

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
    public void A_compile_error_comes_back_with_its_position()
    {
        var result = PolicyEval.Evaluate("object.spec.replicas >", new PolicyEvalInput());

        Assert.False(result.Compiled);
        Assert.Null(result.Value);
        Assert.Equal(1, Assert.Single(result.Errors).Line);
    }
}
