namespace Rampart.Kubernetes.Admission;

/// <summary>The names Kubernetes gives <see cref="AdmissionOperation"/>s (<c>CREATE</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>CONNECT</c>).</summary>
public static class AdmissionOperations
{
    /// <summary>Every operation's name, in the order of <see cref="AdmissionOperation"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["CREATE", "UPDATE", "DELETE", "CONNECT"];

    /// <summary>The name Kubernetes uses: <c>CREATE</c> for <see cref="AdmissionOperation.Create"/>.</summary>
    public static string Name(this AdmissionOperation operation) => Names[(int)operation];

    /// <summary>Reads an operation name, in any case; false for anything else.</summary>
    public static bool TryParse(string text, out AdmissionOperation operation)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                operation = (AdmissionOperation)i;
                return true;
            }
        }

        operation = default;
        return false;
    }
}
