namespace Rampart.Store.Auth;

/// <summary>What a team token may do: read its team's findings, or upload scans.</summary>
public enum TokenScope
{
    Read,
    Upload,
}
