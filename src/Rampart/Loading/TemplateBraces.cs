using YamlDotNet.Core.Events;

namespace Rampart.Loading;

/// <summary>
/// Spots a Go template action that still parses: <c>{{ .Values.replicas }}</c> where YAML expects a node reads as a
/// flow mapping whose first key is a flow mapping, so two flow mappings open on one line one column apart. Kubernetes
/// cannot read such a key, and only rendering turns the document into YAML. A document has no reason to hold that
/// shape otherwise.
/// </summary>
internal sealed class TemplateBraces
{
    private long openLine = -1;
    private long openColumn = -1;

    /// <summary>The parser's line of the first action of the document, or -1.</summary>
    public long Line { get; private set; } = -1;

    /// <summary>The parser's column of the first action's first brace.</summary>
    public long Column { get; private set; }

    public void Reset()
    {
        openLine = -1;
        Line = -1;
    }

    /// <summary>Takes the parser's next event.</summary>
    public void See(ParsingEvent current)
    {
        if (current is not MappingStart { Style: MappingStyle.Flow } start)
        {
            openLine = -1;
            return;
        }

        if (Line < 0 && start.Start.Line == openLine && start.Start.Column == openColumn + 1)
        {
            Line = openLine;
            Column = openColumn;
        }

        openLine = start.Start.Line;
        openColumn = start.Start.Column;
    }
}
