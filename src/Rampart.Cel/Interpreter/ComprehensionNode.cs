using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The loop behind every macro. Variables live in frame slots assigned at plan time. Cancellation is
/// checked on every iteration, and an aborted frame (cost limit) ends the loop at once.
/// </summary>
internal sealed class ComprehensionNode(
    EvalNode range,
    int iterSlot,
    int iter2Slot,
    int accuSlot,
    EvalNode accuInit,
    EvalNode condition,
    EvalNode step,
    EvalNode result,
    CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var source = range.Evaluate(frame);
        if (source is CelError)
        {
            return source;
        }

        var locals = frame.Locals;
        locals[accuSlot] = accuInit.Evaluate(frame);
        switch (source)
        {
            case CelList list:
                var count = list.Count;
                for (var i = 0; i < count; i++)
                {
                    if (iter2Slot >= 0)
                    {
                        locals[iterSlot] = CelInt.Of(i);
                        locals[iter2Slot] = list[i];
                    }
                    else
                    {
                        locals[iterSlot] = list[i];
                    }

                    if (!Step(frame, locals))
                    {
                        break;
                    }
                }

                break;
            case CelMap map when map.Keys is CelValue[] keys:
                // Keys held in an array (the maps of a YAML tree, map literals) are walked by index: no enumerator per loop.
                for (var i = 0; i < keys.Length; i++)
                {
                    if (!StepKey(frame, locals, map, keys[i]))
                    {
                        break;
                    }
                }

                break;
            case CelMap map:
                foreach (var key in map.Keys)
                {
                    if (!StepKey(frame, locals, map, key))
                    {
                        break;
                    }
                }

                break;
            default:
                return new CelError($"expression of type '{source.Type.Name}' cannot be range of a comprehension", location);
        }

        if (frame.Abort is { } abort)
        {
            return abort;
        }

        return result.Evaluate(frame);
    }

    /// <summary>One iteration over a map: the key, and with a second variable its value.</summary>
    private bool StepKey(EvalFrame frame, CelValue[] locals, CelMap map, CelValue key)
    {
        locals[iterSlot] = key;
        if (iter2Slot >= 0)
        {
            locals[iter2Slot] = map.TryGetValue(key, out var value) ? value : new CelError("no such key", location);
        }

        return Step(frame, locals);
    }

    /// <summary>One iteration; false to stop (condition false, or the frame aborted).</summary>
    private bool Step(EvalFrame frame, CelValue[] locals)
    {
        if (frame.CheckCancelled())
        {
            return false;
        }

        var proceed = condition.Evaluate(frame);
        if (proceed is CelBool { Value: false } || frame.Abort is not null)
        {
            return false;
        }

        locals[accuSlot] = step.Evaluate(frame);
        return frame.Abort is null;
    }
}
