namespace Rampart.Server.Recording;

/// <summary>
/// Where <c>rampart serve</c> sends its admission decisions that have findings (e.g. a findings store). Called from a
/// background queue, never on the request path: it may be slow or fail; the decisions it records stand either way.
/// </summary>
public interface IAdmissionRecorder
{
    Task RecordAsync(IReadOnlyList<AdmissionRecord> records, CancellationToken cancellation);
}
