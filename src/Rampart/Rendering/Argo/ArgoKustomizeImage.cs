namespace Rampart.Rendering.Argo;

/// <summary>
/// One <c>kustomize.images</c> entry as <c>kustomize edit set image</c> reads it: <c>name=newName:tag</c>,
/// <c>name=newName@digest</c>, <c>name=newName</c>, <c>name:tag</c> or <c>name@digest</c>.
/// </summary>
internal sealed record ArgoKustomizeImage(string Name, string? NewName, string? NewTag, string? Digest)
{
    public static ArgoKustomizeImage Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var (reference, tag, digest) = Split(equals < 0 ? text : text[(equals + 1)..]);
        return equals < 0
            ? new ArgoKustomizeImage(reference, null, tag, digest)
            : new ArgoKustomizeImage(text[..equals], reference, tag, digest);
    }

    /// <summary>An image reference cut into its name and its tag or digest; a colon before the last '/' is a registry's port.</summary>
    private static (string Name, string? Tag, string? Digest) Split(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            return (reference[..at], null, reference[(at + 1)..]);
        }

        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..], null) : (reference, null, null);
    }
}
