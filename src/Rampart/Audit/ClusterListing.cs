namespace Rampart.Audit;

/// <summary>The objects listed, and the kinds that could not be listed with the reason (reported as not checked).</summary>
public sealed record ClusterListing(IReadOnlyList<LiveObject> Objects, IReadOnlyList<string> NotChecked, int Requests);
