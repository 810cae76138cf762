using Rampart.Loading;

namespace Rampart.Tests.Loading;

/// <summary>
/// A document is a template when a Go template action stands where YAML expects a node, whether the action still
/// parses (as a flow mapping whose key is a flow mapping) or breaks the document; <c>{{</c> inside a scalar never
/// makes a template.
/// </summary>
public sealed class TemplateActionTests
{
    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n", 4, 13)]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    {{ include \"labels\" . | nindent 4 }}\n", 5, 5)]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  args:\n  - {{ .Values.arg }}\n", 5, 5)]
    [InlineData("{{ toYaml .Values.pod }}\n", 1, 1)]
    public void An_action_that_still_parses_marks_the_document_at_its_braces(string yaml, int line, int column)
    {
        var document = Assert.Single(Loaded.Documents(yaml));

        Assert.NotNull(document.Root);
        Assert.Equal(new Mark(line, column), document.TemplateAction);
    }

    [Theory]
    [InlineData("{{- if .Values.enabled }}\napiVersion: v1\nkind: Pod\n{{- end }}\n", 1)]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  {{- range .Values.containers }}\n  - name: {{ .name }}\n  {{- end }}\n", 7)]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"{{ quoted }}\"\n  b: |\n    {{ in a block }}\n  c: [x, {{- .Values.list }}]\n", 7)]
    public void An_action_that_breaks_the_document_marks_it_at_the_actions_line(string yaml, int line)
    {
        var document = Assert.Single(Loaded.Documents(yaml));

        Assert.Null(document.Root);
        Assert.Equal(line, document.TemplateAction?.Line);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  alert: \"{{ $labels.instance }} down\"\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  alert: 'first line\n    {{ $labels.instance }} down'\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  tmpl: |\n    {{ range .Alerts }}\n    {{ end }}\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  image: repo:{{ .tag }}\n  command: echo {{ x }}\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  text: a long plain value\n    {{ that goes on }}\n")]
    public void Braces_inside_scalars_do_not_make_a_template(string yaml)
    {
        var document = Assert.Single(Loaded.Documents(yaml));

        Assert.NotNull(document.Root);
        Assert.Null(document.TemplateAction);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  alert: \"first line\n    {{ $labels.instance }} down\"\n  broken: [\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  tmpl: |\n    {{ range .Alerts }}\n  broken: \"unclosed\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  image: repo:{{ .tag }}\n\tbad: tab\n")]
    public void A_document_broken_for_another_reason_is_not_a_template_because_its_scalars_hold_braces(string yaml)
    {
        var document = Assert.Single(Loaded.Documents(yaml));

        Assert.Null(document.Root);
        Assert.Null(document.TemplateAction);
        Assert.NotEmpty(document.Problems);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    public void The_action_is_found_on_its_line_whatever_the_line_breaks(string lineBreak)
    {
        var yaml = "a: \"x\nz\"\nb: |\n  {{ x }}\n{{- if y }}\n".Replace("\n", lineBreak, StringComparison.Ordinal);

        Assert.Equal(5, TemplateActions.FindLine(yaml));
    }

    [Fact]
    public void Only_the_document_holding_the_action_is_a_template()
    {
        var documents = Loaded.Documents("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\nmetadata:\n  name: {{ .Release.Name }}\n---\n{{- if x }}\n---\napiVersion: v1\nkind: Pod\n");

        Assert.Equal([null, 6, 8, null], documents.Select(d => d.TemplateAction?.Line));
    }
}
