namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// Fits a table's columns into the cells it may take. Each column wants the width of its widest line; when they do not
/// all fit, the widest wrapping columns give way first, step by step down to the next widest, until the excess is gone;
/// if columns that may not wrap still do not fit, every column gives way evenly.
/// </summary>
internal static class ColumnWidths
{
    public static int[] Fit(int[] wanted, bool[] wraps, int available)
    {
        var widths = (int[])wanted.Clone();
        var excess = widths.Sum() - available;
        if (excess <= 0)
        {
            return widths;
        }

        if (wraps.Any(w => w))
        {
            widths = Collapse(widths, wraps, available);
            excess = widths.Sum() - available;
        }

        if (excess > 0)
        {
            widths = Reduce(excess, [.. widths.Select(_ => 1)], widths, widths);
        }

        return widths;
    }

    private static int[] Collapse(int[] widths, bool[] wraps, int available)
    {
        var total = widths.Sum();
        var excess = total - available;
        while (total != 0 && excess > 0)
        {
            var widest = 0;
            for (var i = 0; i < widths.Length; i++)
            {
                widest = wraps[i] ? Math.Max(widest, widths[i]) : widest;
            }

            var next = 1;
            for (var i = 0; i < widths.Length; i++)
            {
                next = wraps[i] && widths[i] != widest ? Math.Max(next, widths[i]) : next;
            }

            var ratios = new int[widths.Length];
            for (var i = 0; i < widths.Length; i++)
            {
                ratios[i] = wraps[i] && widths[i] == widest ? 1 : 0;
            }

            var difference = widest - next;
            if (difference == 0 || !ratios.Any(r => r != 0))
            {
                break;
            }

            var limit = Math.Min(excess, difference);
            widths = Reduce(excess, ratios, [.. widths.Select(_ => limit)], widths);
            total = widths.Sum();
            excess = total - available;
        }

        return widths;
    }

    /// <summary>Takes <paramref name="total"/> cells from the columns in proportion to their ratios, each at most its maximum.</summary>
    private static int[] Reduce(int total, int[] ratios, int[] maximums, int[] widths)
    {
        var weights = new int[ratios.Length];
        for (var i = 0; i < ratios.Length; i++)
        {
            weights[i] = maximums[i] != 0 ? ratios[i] : 0;
        }

        var weightLeft = weights.Sum();
        if (weightLeft == 0)
        {
            return widths;
        }

        var left = total;
        var result = new int[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            if (weights[i] != 0 && weightLeft > 0)
            {
                var taken = Math.Min(maximums[i], weights[i] * left / weightLeft);
                result[i] = widths[i] - taken;
                left -= taken;
                weightLeft -= weights[i];
            }
            else
            {
                result[i] = widths[i];
            }
        }

        return result;
    }
}
