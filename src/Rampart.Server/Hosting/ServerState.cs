namespace Rampart.Server.Hosting;

/// <summary>Whether the policies are compiled (<c>/readyz</c>), and how many.</summary>
internal sealed class ServerState
{
    private volatile bool ready;

    public bool Ready => ready;

    public int PolicyCount { get; private set; }

    public void MarkReady(int policyCount)
    {
        PolicyCount = policyCount;
        ready = true;
    }
}
