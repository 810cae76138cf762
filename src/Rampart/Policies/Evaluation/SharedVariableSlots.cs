namespace Rampart.Policies.Evaluation;

/// <summary>
/// Numbers the shared keys of variables (<see cref="CompiledVariable.SharedKey"/>) once, when a policy is compiled, so
/// that an object's shared values live in an array indexed by slot (<see cref="ObjectScope.SharedVariable"/>) and a
/// variable read hashes no key text (a key is the variable's whole expression).
/// </summary>
internal static class SharedVariableSlots
{
    private static readonly Dictionary<string, int> Slots = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    private static int count;

    /// <summary>The number of slots handed out so far.</summary>
    public static int Count => Volatile.Read(ref count);

    /// <summary>The slot of <paramref name="key"/>: the same for every variable with that key.</summary>
    public static int Of(string key)
    {
        lock (Gate)
        {
            if (!Slots.TryGetValue(key, out var slot))
            {
                slot = Slots.Count;
                Slots.Add(key, slot);
                Volatile.Write(ref count, Slots.Count);
            }

            return slot;
        }
    }
}
