using Rampart.Cel.Values;
using Rampart.Policies.Batch;

namespace Rampart.Tests.Policies.Batch;

/// <summary>The result line speaks only the three kinds of the batch format: value, compile and eval.</summary>
public sealed class PolicyBatchResultTests
{
    [Fact]
    public void A_defect_is_written_as_an_eval_result_caused_internally()
    {
        var line = PolicyBatchResult.Failed("\"c1\"", PolicyBatchKind.Internal, "stack overflow in the planner").ToJsonLine();

        Assert.Equal("""{"id":"c1","kind":"eval","error":"internal: stack overflow in the planner","cause":"internal"}""", line);
    }

    [Fact]
    public void An_unreadable_case_is_written_as_an_eval_result_caused_by_the_input()
    {
        var line = PolicyBatchResult.Failed(null, PolicyBatchKind.Input, "line 4: a case must be a JSON object").ToJsonLine();

        Assert.Equal("""{"id":null,"kind":"eval","error":"input: line 4: a case must be a JSON object","cause":"input"}""", line);
    }

    [Theory]
    [InlineData(PolicyBatchKind.Compile, """{"id":7,"kind":"compile","error":"1:1: bad"}""")]
    [InlineData(PolicyBatchKind.Eval, """{"id":7,"kind":"eval","error":"1:1: bad"}""")]
    public void Compile_and_eval_results_have_no_cause(PolicyBatchKind kind, string expected) =>
        Assert.Equal(expected, PolicyBatchResult.Failed("7", kind, "1:1: bad").ToJsonLine());

    [Fact]
    public void A_value_is_written_with_its_type()
    {
        var line = new PolicyBatchResult("1", PolicyBatchKind.Value, CelBool.True, null).ToJsonLine();

        Assert.Equal("""{"id":1,"kind":"value","value":{"t":"bool","v":true}}""", line);
    }
}
