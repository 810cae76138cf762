using Rampart.Configuration;

namespace Rampart.Server.Admission;

/// <summary>One violated policy of a decision, the action it got, and whether a waiver turned it into a warning.</summary>
internal sealed record PolicyVerdict(string PolicyId, AdmissionAction Action, bool Waived);
