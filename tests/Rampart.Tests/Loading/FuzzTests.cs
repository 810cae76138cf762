using System.Text;
using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>Nothing ever escapes the loader: hostile and random input ends as documents and findings.</summary>
public sealed class FuzzTests
{
    private const string Sample = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: &labels {app: web, tier: "front"}
        spec:
          replicas: 3
          selector:
            matchLabels: *labels
          template:
            metadata:
              labels:
                <<: *labels
            spec:
              containers:
                - name: web
                  image: nginx:1.25
                  args: ["--port", '8080', |
                    literal]
                  env:
                    - {name: A, value: "x\ty"}
        ---
        {"kind": "Service", "spec": {"ports": [{"port": 80}]}}
        ...
        """;

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20240601);
        var reported = 0;
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(16, 2000)];
            random.NextBytes(bytes);

            var problems = Loaded.Bytes(bytes).SelectMany(d => d.Problems).ToList();

            Assert.All(problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Column >= 1, p.Message));
            reported += problems.Count > 0 ? 1 : 0;
        }

        Assert.Equal(300, reported);
    }

    [Fact]
    public void Every_truncation_of_a_manifest_loads_or_reports()
    {
        var broken = 0;
        for (var length = 0; length < Sample.Length; length++)
        {
            var problems = Loaded.Problems(Sample[..length]);

            Assert.All(problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Line <= 24, p.Message));
            broken += problems.Any(p => p.RuleId == LoadRules.SyntaxError.Id) ? 1 : 0;
        }

        Assert.InRange(broken, 1, Sample.Length - 1);
        Assert.Equal(2, Loaded.Documents(Sample).Count(d => d.Root is not null && d.Problems.Count == 0));
    }

    [Fact]
    public void Random_mutations_of_a_manifest_never_throw()
    {
        var random = new Random(7);
        const string alphabet = "-:[]{},&*!|>'\"#%@`? \n\t\\0aZ.<";
        var reported = 0;
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder(Sample);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, 1);
                }
                else
                {
                    text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                }
            }

            var problems = Loaded.Problems(text.ToString());

            Assert.All(problems, p => Assert.True(p.Location.Line >= 1 && p.Location.Column >= 1, p.Message));
            reported += problems.Count > 0 ? 1 : 0;
        }

        Assert.InRange(reported, 1, 1999);
    }

    [Fact]
    public void A_ten_megabyte_single_line_loads()
    {
        var yaml = "data: " + new string('x', 10 * 1024 * 1024) + "\n";

        var value = Loaded.Root(yaml).Map()["data"].Scalar();

        Assert.Equal(10 * 1024 * 1024, value.Text.Length);
    }
}
