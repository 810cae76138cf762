namespace Rampart.SchemaGenerator;

/// <summary>The hand-written facts of <c>facts.txt</c>, keyed by model type name and JSON field name.</summary>
internal sealed class Facts
{
    public Dictionary<string, SortedSet<string>> Required { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Type, string Field), List<string>> Enums { get; } = [];
    public Dictionary<(string Type, string Field), List<string>> ListMaps { get; } = [];
    public HashSet<(string Type, string Field)> ListSets { get; } = [];
    public Dictionary<(string Type, string Field), string> Defaults { get; } = [];
    public Dictionary<(string Type, string Field), (long Min, long Max)> Ranges { get; } = [];

    public static Facts Load(string path)
    {
        var facts = new Facts();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = words.Skip(2).Select(w => w == "\"\"" ? "" : w).ToList();
            try
            {
                facts.Add(words[0], words[1], values);
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                throw new FormatException($"{path}:{number}: {e.Message}", e);
            }
        }

        return facts;
    }

    private void Add(string verb, string target, List<string> values)
    {
        switch (verb)
        {
            case "required":
                if (!Required.TryGetValue(target, out var set))
                {
                    Required[target] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(values);
                break;
            case "enum":
                Enums[Field(target)] = values;
                break;
            case "listmap":
                ListMaps[Field(target)] = values;
                break;
            case "listset":
                ListSets.Add(Field(target));
                break;
            case "default":
                Defaults[Field(target)] = values.Single();
                break;
            case "range":
                Ranges[Field(target)] = (long.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(values[1], System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new FormatException($"unknown fact '{verb}'");
        }
    }

    private static (string, string) Field(string target)
    {
        var dot = target.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            throw new FormatException($"'{target}' is not Type.field");
        }

        return (target[..dot], target[(dot + 1)..]);
    }

    /// <summary>Every type and field a fact names, to check that each exists in the models.</summary>
    public IEnumerable<(string Type, string? Field)> Targets() =>
        Required.SelectMany(r => r.Value.Select(f => (r.Key, (string?)f)))
            .Concat(Enums.Keys.Concat(ListMaps.Keys).Concat(ListSets).Concat(Defaults.Keys).Concat(Ranges.Keys).Select(k => (k.Type, (string?)k.Field)));
}
