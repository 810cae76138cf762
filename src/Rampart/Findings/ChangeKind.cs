namespace Rampart.Findings;

/// <summary>How a finding compares with a base revision (<c>rampart scan --diff BASE</c>).</summary>
public enum ChangeKind
{
    /// <summary>Not in the base revision: introduced by the change.</summary>
    New,
    /// <summary>Also in the base revision: the change did not introduce it.</summary>
    Unchanged,
    /// <summary>In the base revision but no longer: the change fixed it.</summary>
    Fixed,
}
