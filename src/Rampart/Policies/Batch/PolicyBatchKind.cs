namespace Rampart.Policies.Batch;

/// <summary>
/// What became of one case of a batch. The result line's <c>kind</c> is the name in lower case for the first three;
/// <see cref="Input"/> and <see cref="Internal"/> are written as <c>eval</c> with a <c>cause</c> (see
/// <see cref="PolicyBatchResult"/>).
/// </summary>
public enum PolicyBatchKind
{
    /// <summary>The expression compiled and evaluated to a value.</summary>
    Value,

    /// <summary>The expression did not compile (in the Kubernetes ValidatingAdmissionPolicy environment).</summary>
    Compile,

    /// <summary>The expression compiled and its evaluation is an error.</summary>
    Eval,

    /// <summary>The line is not a case: not JSON, a field of the wrong type, an object file that cannot be read.</summary>
    Input,

    /// <summary>A defect of Rampart stopped the evaluation (a <see cref="Rampart.Cel.CelInternalException"/>).</summary>
    Internal,
}
