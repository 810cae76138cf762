namespace Rampart.Policies.Batch;

/// <summary>How many cases of a batch ended in each <see cref="PolicyBatchKind"/>.</summary>
public sealed record PolicyBatchSummary(int Values, int CompileErrors, int EvalErrors, int InputErrors, int InternalFailures)
{
    public int Cases => Values + CompileErrors + EvalErrors + InputErrors + InternalFailures;

    public PolicyBatchSummary Add(PolicyBatchKind kind) => kind switch
    {
        PolicyBatchKind.Value => this with { Values = Values + 1 },
        PolicyBatchKind.Compile => this with { CompileErrors = CompileErrors + 1 },
        PolicyBatchKind.Eval => this with { EvalErrors = EvalErrors + 1 },
        PolicyBatchKind.Input => this with { InputErrors = InputErrors + 1 },
        _ => this with { InternalFailures = InternalFailures + 1 },
    };

    public override string ToString() =>
        $"{Cases} cases: {Values} values, {CompileErrors} compile errors, {EvalErrors} evaluation errors, {InputErrors} malformed, {InternalFailures} internal failures";
}
