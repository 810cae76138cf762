using System.Text.Json;

namespace Rampart.Tests.Rendering.Helm;

/// <summary>One case of the Helm template corpus (cases/*.json): templates, the dot, and the expected output or error.</summary>
internal sealed record HelmCase(string Group, string Name, JsonElement Json)
{
    public string Id => $"{Group}/{Name}";

    public static IEnumerable<HelmCase> Load(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var group = doc.RootElement.GetProperty("group").GetString()!;
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                yield return new HelmCase(group, c.GetProperty("name").GetString()!, c.Clone());
            }
        }
    }

    public string? String(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
