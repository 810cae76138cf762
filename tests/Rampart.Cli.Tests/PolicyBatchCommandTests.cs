using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rampart.Cli.Tests;

public sealed class PolicyBatchCommandTests
{
    [Fact]
    public void Each_case_has_one_typed_result_line()
    {
        using var files = new TempFolder().Write("cases.jsonl", """
            {"id": "half", "expression": "1.5"}
            {"id": 2, "expression": "[dyn(1u), dyn(-2)]"}
            {"expression": "{'a': b'\\xff'}"}
            """);

        var run = CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                """{"id":"half","kind":"value","value":{"t":"double","v":"3ff8000000000000"}}""",
                """{"id":2,"kind":"value","value":{"t":"list","v":[{"t":"uint","v":"1"},{"t":"int","v":"-2"}]}}""",
                """{"id":null,"kind":"value","value":{"t":"map","v":[[{"t":"string","v":"a"},{"t":"bytes","v":"/w=="}]]}}""",
            ],
            Lines(run.Out));
    }

    [Fact]
    public void A_compile_error_and_an_evaluation_error_are_results_with_their_position()
    {
        using var files = new TempFolder().Write("cases.jsonl", """
            {"id": "c", "expression": "1 +"}
            {"id": "u", "expression": "nosuchvariable"}
            {"id": "e", "expression": "1 / 0"}
            """);

        var run = CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"]);

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Out);
        Assert.Equal("""{"id":"c","kind":"compile","error":"1:4: unexpected end of expression"}""", lines[0]);
        Assert.StartsWith("""{"id":"u","kind":"compile","error":"1:1: undeclared reference""", lines[1], StringComparison.Ordinal);
        Assert.Equal("""{"id":"e","kind":"eval","error":"1:3: division by zero"}""", lines[2]);
    }

    [Fact]
    public void Object_files_are_named_relative_to_the_batch_file()
    {
        using var files = new TempFolder()
            .Write("suite/objects/new.yaml", "metadata: {name: web}\nspec: {replicas: 3}\n")
            .Write("suite/objects/old.json", """{"metadata": {"name": "web"}, "spec": {"replicas": 1}}""")
            .Write("suite/params.yaml", "max: 1\n")
            .Write("suite/cases.jsonl", """
                {"id": 1, "expression": "object.spec.replicas - oldObject.spec.replicas > params.max", "object": "objects/new.yaml", "oldObject": "objects/old.json", "params": "params.yaml"}
                {"id": 2, "expression": "request.operation", "object": "objects/new.yaml", "oldObject": "objects/old.json"}
                {"id": 3, "expression": "request.operation", "oldObject": "objects/old.json"}
                {"id": 4, "expression": "object == null && oldObject == null && params == null", "object": null}
                """);

        var run = CliRun.Of("policy", "eval", "--batch", files["suite/cases.jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                """{"id":1,"kind":"value","value":{"t":"bool","v":true}}""",
                """{"id":2,"kind":"value","value":{"t":"string","v":"UPDATE"}}""",
                """{"id":3,"kind":"value","value":{"t":"string","v":"DELETE"}}""",
                """{"id":4,"kind":"value","value":{"t":"bool","v":true}}""",
            ],
            Lines(run.Out));
    }

    [Fact]
    public void Inline_objects_and_params_are_bound_as_given()
    {
        using var files = new TempFolder().Write("cases.jsonl", """
            {"id": 1, "expression": "object.metadata.labels.team + '/' + params.zone", "object": {"metadata": {"labels": {"team": "ops"}}}, "params": {"zone": "eu"}}
            {"id": 2, "expression": "params[1]", "params": ["a", "b"]}
            """);

        var run = CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"]);

        Assert.Equal(
            [
                """{"id":1,"kind":"value","value":{"t":"string","v":"ops/eu"}}""",
                """{"id":2,"kind":"value","value":{"t":"string","v":"b"}}""",
            ],
            Lines(run.Out));
    }

    [Fact]
    public void A_malformed_line_is_an_eval_result_caused_by_the_input_and_the_batch_goes_on()
    {
        using var files = new TempFolder().Write("cases.jsonl", """
            {"id": 1, "expression": "1"}
            {"id": 2, "expression": 
            [1, 2]

            {"id": 3, "expresion": "1"}
            {"id": 4, "expression": "object", "object": "missing.yaml"}
            {"id": 5, "expression": "object", "object": [1]}
            {"id": 6, "expression": "true"}
            """);

        var run = CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"]);

        Assert.Equal(0, run.ExitCode);
        var results = Lines(run.Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["value", "eval", "eval", "eval", "eval", "eval", "value"], results.Select(r => r.GetProperty("kind").GetString()));
        Assert.All(results.Skip(1).Take(5), r => Assert.Equal("input", r.GetProperty("cause").GetString()));
        Assert.All(results.Skip(1).Take(5), r => Assert.False(r.TryGetProperty("value", out _)));
        Assert.StartsWith("input: line 2: not a JSON value", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("input: line 3: a case must be a JSON object", results[2].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, results[2].GetProperty("id").ValueKind);
        Assert.StartsWith("input: line 5: unknown field 'expresion'", results[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, results[3].GetProperty("id").GetInt32());
        Assert.EndsWith("missing.yaml' does not exist", results[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("input: line 7: 'object' must be a file name (a string), an inline object or null", results[5].GetProperty("error").GetString());
        Assert.False(results[0].TryGetProperty("cause", out _));
        Assert.Equal(6, results[6].GetProperty("id").GetInt32());
        Assert.Contains("7 cases: 2 values, 0 compile errors, 0 evaluation errors, 5 malformed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_keep_the_order_of_the_cases()
    {
        var cases = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            // Cases of very different cost, so that the ones run in parallel finish out of order.
            var expression = i % 7 == 0 ? $"lists.range({i * 20}).map(x, x * 2).size() + {i}" : $"{i} + 0";
            cases.Append(CultureInfo.InvariantCulture, $$"""{"id": {{i}}, "expression": "{{expression}}"}""").Append('\n');
        }

        using var files = new TempFolder().Write("cases.jsonl", cases.ToString());

        var run = CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"]);

        var results = Lines(run.Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(0, 500), results.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(
            Enumerable.Range(0, 500).Select(i => (i % 7 == 0 ? i * 20 + i : i).ToString(CultureInfo.InvariantCulture)),
            results.Select(r => r.GetProperty("value").GetProperty("v").GetString()));
    }

    [Fact]
    public void Batch_and_a_single_expression_exclude_each_other()
    {
        using var files = new TempFolder().Write("cases.jsonl", """{"expression": "1"}""");

        Assert.Equal(2, CliRun.Of("policy", "eval", "1", "--batch", files["cases.jsonl"]).ExitCode);
        Assert.Equal(2, CliRun.Of("policy", "eval", "--batch", files["cases.jsonl"], "--object", files["cases.jsonl"]).ExitCode);
        Assert.Equal(2, CliRun.Of("policy", "eval", "--batch", files["missing.jsonl"]).ExitCode);
        Assert.Equal(2, CliRun.Of("policy", "eval").ExitCode);
    }

    private static List<string> Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
