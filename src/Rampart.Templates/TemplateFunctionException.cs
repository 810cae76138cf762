namespace Rampart.Templates;

/// <summary>
/// The error a template function returns (Go's second result). Thrown by a function body and caught by the engine,
/// which reports it as <c>error calling NAME: MESSAGE</c> at the call, as Go does.
/// </summary>
public sealed class TemplateFunctionException(string message) : Exception(message);
