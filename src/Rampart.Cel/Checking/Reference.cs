namespace Rampart.Cel.Checking;

/// <summary>What a name or call in the expression was resolved to.</summary>
internal abstract record Reference;
