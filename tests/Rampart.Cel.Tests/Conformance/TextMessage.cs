namespace Rampart.Cel.Tests.Conformance;

/// <summary>
/// A message read from protobuf text format: each field name with its values in order. A value is a
/// <see cref="TextMessage"/> or a <see cref="TextScalar"/>.
/// </summary>
internal sealed class TextMessage
{
    private readonly List<KeyValuePair<string, object>> fields = [];

    public IReadOnlyList<KeyValuePair<string, object>> Fields => fields;

    public void Add(string name, object value) => fields.Add(new(name, value));

    public bool Has(string name) => fields.Exists(f => f.Key == name);

    public IEnumerable<object> All(string name) => fields.Where(f => f.Key == name).Select(f => f.Value);

    public IEnumerable<TextMessage> Messages(string name) => All(name).OfType<TextMessage>();

    public TextMessage? Message(string name) => Messages(name).LastOrDefault();

    public TextScalar? Scalar(string name) => All(name).OfType<TextScalar>().LastOrDefault();

    public string? String(string name) => Scalar(name)?.Text;

    public bool Bool(string name) => Scalar(name)?.Raw is "true" or "True" or "t" or "1";
}
