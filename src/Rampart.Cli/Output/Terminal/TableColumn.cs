namespace Rampart.Cli.Output.Terminal;

/// <summary>A column of a <see cref="TerminalTable"/>: its header, whether its cells may wrap, whether they align right.</summary>
internal sealed record TableColumn(string Header, bool NoWrap = false, bool AlignRight = false);
