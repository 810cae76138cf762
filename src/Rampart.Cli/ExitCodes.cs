namespace Rampart.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Clean: nothing over the gate's thresholds (or the command did what was asked).</summary>
    public const int Clean = 0;
    /// <summary>The gate failed: findings over a threshold (for <c>policy eval</c>: the expression failed).</summary>
    public const int GateFailed = 1;
    /// <summary>The command line or a configuration file is wrong.</summary>
    public const int Usage = 2;
    /// <summary>Rampart itself failed.</summary>
    public const int Internal = 3;
}
