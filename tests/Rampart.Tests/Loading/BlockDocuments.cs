using System.Text;

namespace Rampart.Tests.Loading;

/// <summary>
/// Writes random documents in the block style manifests use, and some it does not, from a seed: mappings and
/// sequences at several indentations (compact <c>- key: v</c>, sequences at their mapping's indent), every
/// spelling of scalar the YAML 1.1 rules treat apart, quoted scalars with escapes, block scalars with chomping,
/// comments, blank lines, document markers, CR LF, and flow collections on one line: sequences, and mappings of
/// many shapes (quoted keys and values holding <c>,</c> <c>:</c> <c>}</c> <c>#</c>, spaces around, YAML 1.1 spellings,
/// sequences as values) next to the shapes the block reader leaves to the full parser.
/// </summary>
internal sealed class BlockDocuments(int seed)
{
    private static readonly string[] Plain =
    [
        "web", "nginx:1.25", "http://example.com/a#b", "a#b", "true", "yes", "No", "on", "OFF", "y", "n", "~", "null", "NULL",
        "0", "-1", "+12", "0644", "0o17", "0x1F", "0b101", "1_000", "1e3", "1.5", "-.5", ".5", ".inf", "-.Inf", ".nan", "1:20",
        "190:20:30", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "9223372036854775808", "18446744073709551616", "500m",
        "256Mi", "a b c", "x'y", "x\"y", "-x", "a,b", "a]b", "a}b", "é", "日本", "=", "<<", "a:b", "{{ .Values.x }}x", "%x", "@x",
    ];

    private static readonly string[] Quoted =
    [
        "'single'", "''", "'it''s'", "'a # b'", "'a: b'", "\"double\"", "\"\"", "\"a\\nb\"", "\"tab\\there\"", "\"q\\\"x\"",
        "\"\\u00e9\\x41\\U0001F600\"", "\"a # b\"", "\"a: b\"", "\"\\/\\\\\"", "\"\\N\\_\\L\\P\\0\\e\"", "\"bad\\q\"", "'unterminated",
        "\"\\ud800\"", "'x' # comment", "\"x\"y",
    ];

    private static readonly string[] Flow =
    [
        "[\"ALL\"]", "[]", "[ ]", "{}", "{ }", "[a, b]", "[ 'x' , \"y\" ]", "[a,b]", "[1, 2.5, on, ~, '']", "[a, ]", "[a: b]", "{a: 1}",
        "[a, [b]]", "[a b, c]", "[\"a\", b] # c", "[a]x", "[-1, -x, - y]", "[a #b]", "[{{ .x }}]", "{{ .Values.x }}", "[a,\n  b]",
    ];

    private static readonly string[] FlowKeys =
    [
        "app", "name", "a b", "\"quoted key\"", "'k,v'", "\"a:b\"", "'}'", "\"#x\"", "\"a: b\"", "on", "yes", "1", "0644", "~",
        "null", "é", "日本", "k.v/x", "\"\"", "-x", "true", "y", "<<", "'it''s'", "\"\\u00e9\"", "a-b_c",
    ];

    private static readonly string[] FlowValues =
    [
        "\"a, b}\"", "'x: y'", "\"# not\"", "' sp '", "\"é\\u00e9\"", "'{a: 1}'", "\"]\"", "[a, b]", "[]", "[ 'x' , on ]", "[1, 2.5]",
        "100m", "128Mi", "web", "-", "- x", "a - b", "x y z", "😀",
    ];

    private static readonly string[] FlowOdd =
    [
        "{a}", "{a: }", "{a: ,}", "{? a: b}", "{\"a\":1}", "{'a':1}", "{a:1}", "{a: 1 # c}", "{a: 1} # c", "{a: 1}# c", "{&x a: 1}",
        "{a: &x 1}", "{!!str a: 1}", "{a: !!str 1}", "{a: *x}", "{a: {b: 1}}", "{a: [b, {c: 1}]}", "{a: [b, [c]]}", "{a: 1}}",
        "{{a: 1}", "{a: 1} x", "{a: b: c}", "{a: 1, a: 2}", "{<<: {}}", "{~: 1}", "{: 1}", "{a: 1,}", "{a: 1, }", "{a: 1,,b: 2}",
        "{a: [b, ]}", "{a: [b}", "{a: b]}", "{a: 1", "{a: 1,\n  b: 2}", "{a: x\n  y}", "{ a : 1 , b : 2 }", "{a: 'x'y}", "{a: \"x\" y}",
        "{a: 'x' , b: \"y\"}", "{a b: 1}", "{- a: 1}", "{a: -1, b: +2, c: .5}", "{a: [b]x}", "{a: [b] , c: d}", "{a: ? b}",
    ];

    private static readonly string[] Keys =
    [
        "name", "image", "on", "yes", "1", "0644", "~", "null", "<<", "a b", "\"quoted\"", "'single'", "key.with.dots", "k:v",
        "-dash", "é", "x", "y", "\"\"", "true",
    ];

    private readonly Random random = new(seed);
    private readonly StringBuilder text = new();

    public string Next()
    {
        text.Clear();
        var documents = random.Next(1, 4);
        for (var d = 0; d < documents; d++)
        {
            if (d > 0 || random.Next(4) == 0)
            {
                text.Append(random.Next(6) == 0 ? "--- # start\n" : "---\n");
            }

            Comments(0);
            if (random.Next(3) == 0)
            {
                Sequence(random.Next(3), 0);
            }
            else
            {
                Mapping(random.Next(3) == 0 ? 2 : 0, 0);
            }

            if (random.Next(8) == 0)
            {
                text.Append("...\n");
            }
        }

        var result = text.ToString();
        if (random.Next(6) == 0)
        {
            result = result.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return random.Next(8) == 0 ? result.TrimEnd('\n') : result;
    }

    /// <summary>A document of one-line flow mappings only, as keys' values and as sequence entries.</summary>
    public string NextFlow()
    {
        text.Clear();
        var lines = random.Next(1, 4);
        for (var i = 0; i < lines; i++)
        {
            text.Append('k').Append(i).Append(": ").Append(FlowMapping()).Append(random.Next(6) == 0 ? " # c\n" : "\n");
        }

        text.Append("list:\n");
        for (var i = 0; i < lines; i++)
        {
            text.Append(random.Next(2) == 0 ? "- " : "- name: ").Append(FlowMapping()).Append('\n');
        }

        return text.ToString();
    }

    private void Mapping(int indent, int depth)
    {
        var count = random.Next(1, 5);
        var used = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            if (!used.Add(key) && random.Next(4) != 0)
            {
                continue;
            }

            if (i > 0 || random.Next(2) == 0)
            {
                text.Append(' ', indent);
            }

            text.Append(key).Append(random.Next(10) == 0 ? " :" : ":");
            Value(indent, depth);
        }
    }

    private void Sequence(int indent, int depth)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            text.Append(' ', indent).Append('-');
            var pick = random.Next(4);
            if (pick == 0 && depth < 5)
            {
                var gap = random.Next(1, 4);
                text.Append(' ', gap);
                Mapping(indent + 1 + gap, depth + 1);
            }
            else
            {
                Value(indent, depth);
            }
        }
    }

    private void Value(int indent, int depth)
    {
        var pick = random.Next(10);
        if (depth < 5 && pick < 3)
        {
            text.Append(random.Next(5) == 0 ? "   # note\n" : "\n");
            Comments(indent + 2);
            var step = random.Next(6) == 0 ? 0 : random.Next(1, 5);
            if (random.Next(2) == 0)
            {
                Sequence(indent + step, depth + 1);
            }
            else
            {
                Mapping(indent + Math.Max(1, step), depth + 1);
            }

            return;
        }

        if (pick == 3)
        {
            Block(indent);
            return;
        }

        text.Append(random.Next(12) == 0 ? "  " : " ");
        text.Append(pick switch
        {
            4 => Quoted[random.Next(Quoted.Length)],
            5 => "",
            6 => random.Next(3) switch
            {
                0 => Flow[random.Next(Flow.Length)],
                1 => FlowOdd[random.Next(FlowOdd.Length)],
                _ => FlowMapping(),
            },
            _ => Plain[random.Next(Plain.Length)],
        });
        text.Append(random.Next(6) == 0 ? " # trailing" : random.Next(8) == 0 ? "  " : "").Append('\n');
        Comments(indent);
    }

    private string FlowMapping()
    {
        var map = new StringBuilder("{");
        map.Append(' ', random.Next(4) == 0 ? random.Next(1, 3) : 0);
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                map.Append(random.Next(5) switch { 0 => ",", 1 => " , ", 2 => ",  ", _ => ", " });
            }

            map.Append(FlowKeys[random.Next(FlowKeys.Length)]).Append(random.Next(8) == 0 ? " : " : ": ");
            map.Append(random.Next(5) switch
            {
                0 => Plain[random.Next(Plain.Length)],
                1 => Quoted[random.Next(Quoted.Length)],
                _ => FlowValues[random.Next(FlowValues.Length)],
            });
        }

        map.Append(' ', random.Next(4) == 0 ? random.Next(1, 3) : 0);
        return map.Append('}').ToString();
    }

    private void Block(int indent)
    {
        text.Append(' ').Append(random.Next(2) == 0 ? '|' : '>').Append(random.Next(3) switch { 0 => "", 1 => "-", _ => "+" });
        text.Append(random.Next(6) == 0 ? " # c\n" : "\n");
        var inner = indent + random.Next(1, 4);
        var lines = random.Next(0, 5);
        for (var i = 0; i < lines; i++)
        {
            switch (random.Next(7))
            {
                case 0:
                    text.Append('\n');
                    break;
                case 1:
                    text.Append(' ', inner + random.Next(1, 3)).Append("more indented\n");
                    break;
                case 2:
                    text.Append(' ', inner).Append("# not a comment  \n");
                    break;
                case 3:
                    text.Append(' ', random.Next(inner + 3)).Append('\n');
                    break;
                default:
                    text.Append(' ', inner).Append("line ").Append(i).Append('\n');
                    break;
            }
        }

        if (random.Next(3) == 0)
        {
            text.Append('\n');
        }
    }

    private void Comments(int indent)
    {
        if (random.Next(5) == 0)
        {
            text.Append(' ', random.Next(indent + 1)).Append("# rampart: ignore RMP-1\n");
        }

        if (random.Next(6) == 0)
        {
            text.Append('\n');
        }
    }
}
