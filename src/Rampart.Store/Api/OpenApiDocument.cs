using Microsoft.AspNetCore.Http;

namespace Rampart.Store.Api;

/// <summary>The hand-written OpenAPI 3.1 document of the API (<c>Api/openapi.json</c>, embedded).</summary>
internal static class OpenApiDocument
{
    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("Rampart.Store.Api.openapi.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static byte[] Content => Bytes.Value;

    public static IResult Result() => Results.Bytes(Content, "application/json");
}
