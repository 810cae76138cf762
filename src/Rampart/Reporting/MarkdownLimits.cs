namespace Rampart.Reporting;

/// <summary>How much of the Markdown comment to show: findings listed before folding, per section, and sections.</summary>
internal sealed record MarkdownLimits(int ShownOpenly, int PerSection, int Sections);
