namespace Rampart.Policies.Batch;

/// <summary>
/// <c>rampart policy eval --batch</c>: runs every case of a batch file (one JSON object per line, see
/// <see cref="PolicyBatchCases"/>) and writes one result line per case (see <see cref="PolicyBatchResult"/>), in the
/// order of the cases. Blank lines are skipped. Cases run on every core; a line that is not a case becomes a result
/// of kind <c>input</c> and the batch goes on.
/// </summary>
public static class PolicyBatch
{
    public static PolicyBatchSummary Run(string batchFile, TextReader input, TextWriter output, int? degreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var cases = new PolicyBatchCases(batchFile);
        var results = Lines(input)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degreeOfParallelism ?? Environment.ProcessorCount)
            .Select(line => cases.Run(line.Text, line.Number))
            .Select(result => (result.Kind, Line: result.ToJsonLine()));
        var summary = new PolicyBatchSummary(0, 0, 0, 0, 0);
        foreach (var (kind, line) in results)
        {
            output.Write(line);
            output.Write('\n');
            summary = summary.Add(kind);
        }

        return summary;
    }

    private static IEnumerable<(string Text, int Number)> Lines(TextReader input)
    {
        var number = 0;
        while (input.ReadLine() is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return (text, number);
            }
        }
    }
}
