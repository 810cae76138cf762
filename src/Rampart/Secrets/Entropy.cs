namespace Rampart.Secrets;

/// <summary>Shannon entropy of a value, in bits per character (ASCII counted per byte, the rest together).</summary>
public static class Entropy
{
    public static double Of(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[129];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 128]++;
        }

        double entropy = 0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / value.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }
}
