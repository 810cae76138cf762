using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>A planned expression node. Immutable: all per-evaluation state lives in the <see cref="EvalFrame"/>.</summary>
internal abstract class EvalNode
{
    public abstract CelValue Evaluate(EvalFrame frame);

    /// <summary>The literal this node always yields, or null (used for compile-time preparation).</summary>
    public virtual CelValue? Constant => null;
}
