using Rampart.Cel.Interpreter;
using Rampart.Cel.Libraries.Standard;
using Rampart.Cel.Values;
using static Rampart.Cel.Tests.CelTestEnvironment;

namespace Rampart.Cel.Tests.Evaluation;

public sealed class FrameReuseTests
{
    private static readonly List<object?> Numbers = [1L, 2L, 3L];

    /// <summary>Frames made on this thread by <paramref name="count"/> evaluations of a program with comprehension slots.</summary>
    private static long FramesMadeFor(int count)
    {
        var program = Compile("x.all(a, x.exists(b, a + b > 1))");
        var activation = new CelActivation().Add("x", Numbers);
        var before = EvalFrame.Made;
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(CelBool.True, program.Evaluate(activation));
        }

        return EvalFrame.Made - before;
    }

    [Fact]
    public void Evaluations_one_after_another_make_no_more_frames_for_more_evaluations()
    {
        var few = FramesMadeFor(10);
        var many = FramesMadeFor(1_000);

        Assert.InRange(few, 0, 1);
        Assert.Equal(0, many);
    }

    [Fact]
    public void An_evaluation_nested_in_another_gets_a_frame_of_its_own()
    {
        // The outer comprehension's slots stay as they were while the inner program runs on the same thread.
        var inner = Compile("x.map(b, b * 10)[2]");
        var outer = Compile("x.map(a, a + y)", CelEnvironment.CreateBuilder()
            .UseStandardLibrary().AddVariable("x", CelType.Dyn).AddVariable("y", CelType.Dyn).Build());
        var activation = new NestedActivation(inner, new CelActivation().Add("x", Numbers));

        var result = Assert.IsAssignableFrom<CelList>(outer.Evaluate(activation));

        Assert.Equal([31L, 32L, 33L], Enumerable.Range(0, result.Count).Select(i => ((CelInt)result[i]).Value));
    }

    [Fact]
    public void A_frame_taken_again_keeps_nothing_of_the_evaluation_before()
    {
        var costly = Compile("x.map(a, x.map(b, a * b)).size()");
        var activation = new CelActivation().Add("x", Numbers);
        costly.Evaluate(activation, null, out var first);
        var aborted = costly.Evaluate(activation, new CelEvaluationOptions { CostLimit = 1 });

        var again = costly.Evaluate(activation, null, out var second);

        Assert.IsType<CelError>(aborted);
        Assert.Equal(3, Assert.IsType<CelInt>(again).Value);
        Assert.Equal(first, second);
    }

    /// <summary>Resolves <c>y</c> by evaluating another program, as a policy's variable is evaluated when an expression first reads it.</summary>
    private sealed class NestedActivation(CelProgram inner, CelActivation values) : ICelActivation
    {
        public bool TryResolve(string name, out CelValue value)
        {
            if (name == "y")
            {
                value = inner.Evaluate(values);
                return true;
            }

            return values.TryResolve(name, out value);
        }
    }
}
