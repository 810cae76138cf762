using System.Text;

namespace Rampart.Templates.Execution;

/// <summary>The text an execution writes, with the origin of each piece written (kept as spans, resolved to lines on demand).</summary>
public sealed class Output
{
    private readonly StringBuilder text = new();
    private readonly List<(int Start, SourcePosition Template, SourcePosition? Value)> spans = [];
    private readonly Budget budget;

    internal Output(Budget budget) => this.budget = budget;

    public int Length => text.Length;

    internal bool Write(string s, SourcePosition? template, SourcePosition? value)
    {
        if (s.Length == 0)
        {
            return true;
        }

        if (template is not null && (spans.Count == 0 || spans[^1].Template != template || spans[^1].Value != value))
        {
            spans.Add((text.Length, template, value));
        }

        text.Append(s);
        return budget.Output(s.Length);
    }

    public override string ToString() => text.ToString();

    /// <summary>
    /// The origin of every output line (1-based) after <paramref name="transform"/>-free rendering: for each line, the
    /// last piece that started at or before the line's first character, preferring a piece that printed a value.
    /// </summary>
    public IReadOnlyList<OutputLine> Lines()
    {
        var result = new List<OutputLine>();
        var s = text.ToString();
        var spanIndex = 0;
        var lineStart = 0;
        for (var line = 1; lineStart <= s.Length; line++)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = s.Length;
            }

            while (spanIndex + 1 < spans.Count && spans[spanIndex + 1].Start <= lineStart)
            {
                spanIndex++;
            }

            if (spans.Count > 0)
            {
                var (_, template, value) = spans[spanIndex];
                for (var k = spanIndex + 1; k < spans.Count && spans[k].Start < lineEnd && value is null; k++)
                {
                    if (spans[k].Value is not null)
                    {
                        (template, value) = (spans[k].Template, spans[k].Value);
                    }
                }

                result.Add(new OutputLine(line, template, value));
            }

            if (lineEnd >= s.Length)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return result;
    }
}
