using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.RubyGems;

/// <summary>
/// Bundler's <c>Gemfile.lock</c>: the gems under <c>specs:</c> of the <c>GEM</c>, <c>GIT</c> and <c>PATH</c>
/// sections (four spaces, <c>name (version[-platform])</c>); the <c>DEPENDENCIES</c> section names the direct ones.
/// A platform suffix (<c>-x86_64-linux</c>) is not part of the version.
/// </summary>
public sealed class GemfileLockReader : ILockfileReader
{
    private static readonly string[] SpecSections = ["GEM", "GIT", "PATH", "PLUGIN SOURCE"];
    private static readonly string[] OtherSections = ["PLATFORMS", "DEPENDENCIES", "BUNDLED WITH", "RUBY VERSION", "CHECKSUMS"];

    public string Format => "Gemfile.lock";

    public bool Accepts(string fileName) => fileName is "Gemfile.lock" or "gems.locked";

    public LockfileInventory Read(string path, ReadOnlyMemory<byte> content)
    {
        var lines = LockText.Lines(content);
        var specs = new List<(string Name, string Version, int Line)>();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                section = line.Trim();
                if (!SpecSections.Contains(section) && !OtherSections.Contains(section))
                {
                    throw new LockfileFormatException(i + 1, $"'{section}' is not a section of a Gemfile.lock");
                }

                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var text = line.Trim();
            if (section == "DEPENDENCIES" && indent == 2)
            {
                direct.Add(text.Split(' ')[0].TrimEnd('!'));
            }
            else if (SpecSections.Contains(section) && indent == 4)
            {
                var open = text.IndexOf(" (", StringComparison.Ordinal);
                if (open <= 0 || !text.EndsWith(')'))
                {
                    throw new LockfileFormatException(i + 1, $"'{text}' is not a gem spec 'name (version)'");
                }

                var version = text[(open + 2)..^1];
                var platform = version.IndexOf('-', StringComparison.Ordinal);
                specs.Add((text[..open], platform > 0 ? version[..platform] : version, i + 1));
            }
        }

        var packages = specs
            .Select(s => new InventoryPackage(Ecosystem.RubyGems, s.Name, s.Version, s.Line)
            {
                Relation = direct.Count == 0 ? DependencyRelation.Unknown : direct.Contains(s.Name) ? DependencyRelation.Direct : DependencyRelation.Transitive,
            })
            .ToList();
        return new LockfileInventory(path, Format, packages);
    }
}
