namespace Rampart.Dependencies.Vex;

/// <summary>Reads the OpenVEX documents of a scan into one <see cref="VexFilter"/>; a missing or malformed document is an error naming it.</summary>
public static class VexDocuments
{
    public static (VexFilter Filter, IReadOnlyList<string> Errors) Load(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var statements = new List<VexStatement>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                errors.Add($"VEX document '{path}' does not exist");
                continue;
            }

            var (read, error) = OpenVexReader.Read(path, File.ReadAllBytes(path));
            if (error is not null)
            {
                errors.Add(error);
            }

            statements.AddRange(read);
        }

        return (statements.Count == 0 ? VexFilter.None : new VexFilter(statements), errors);
    }
}
