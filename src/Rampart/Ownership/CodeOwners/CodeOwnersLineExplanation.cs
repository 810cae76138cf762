namespace Rampart.Ownership.CodeOwners;

/// <summary>One line of the file and what it did for the explained path, with the reason in words.</summary>
public sealed record CodeOwnersLineExplanation(int Line, string Text, LineVerdict Verdict, string Reason);
