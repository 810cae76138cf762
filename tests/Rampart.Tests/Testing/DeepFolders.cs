using System.Diagnostics;

namespace Rampart.Tests.Testing;

/// <summary>
/// A chain of folders whose full path is longer than Linux's PATH_MAX (4,096 bytes): the system then refuses to open
/// the deepest folders by their full path, which is how a folder becomes unreadable even to root. The chain is made
/// and removed with relative steps (<c>cd</c>, <c>rm -rf</c>), which the limit does not apply to.
/// </summary>
internal static class DeepFolders
{
    /// <summary>The name of each folder of the chain (250 bytes; NAME_MAX is 255).</summary>
    public static string Name { get; } = new('d', 250);

    /// <summary>Makes the chain under <paramref name="root"/> with a file at its end; false when the system cannot (not Linux, no sh).</summary>
    public static bool Create(string root, int depth = 18)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        return Shell(root, $"for i in $(seq {depth}); do mkdir {Name} && cd -P {Name} || exit 1; done; echo 'a: 1' > deep.yaml");
    }

    /// <summary>Removes the chain (the repository's own clean-up goes by full paths and would stop at the limit).</summary>
    public static void Remove(string root) => Shell(root, $"rm -rf {Name}");

    private static bool Shell(string folder, string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
