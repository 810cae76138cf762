namespace Rampart.Dependencies.Osv;

/// <summary>Hits of one package whose records' ids or aliases overlap, gathered into one match, and all their ids.</summary>
internal sealed record OsvMergeGroup(HashSet<string> Ids, List<OsvHit<OsvRecord>> Members);
