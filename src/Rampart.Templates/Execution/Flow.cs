namespace Rampart.Templates.Execution;

/// <summary>How a walk ended: normally, or at a <c>{{break}}</c> or <c>{{continue}}</c> that the enclosing range handles.</summary>
internal enum Flow
{
    Normal,
    Break,
    Continue,
}
