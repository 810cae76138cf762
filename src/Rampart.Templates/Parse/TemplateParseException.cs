namespace Rampart.Templates.Parse;

/// <summary>Unwinds a parse at its first error, as Go's parser panics; caught at the parse entry and returned as a value.</summary>
internal sealed class TemplateParseException(string message) : Exception(message);
