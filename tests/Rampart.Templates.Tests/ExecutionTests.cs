using Rampart.Templates.Values;

namespace Rampart.Templates.Tests;

public sealed class ExecutionTests
{
    [Fact]
    public void Trim_markers_remove_the_whitespace_beside_an_action()
    {
        Assert.Equal("a:1,b", TemplateRun.Run("a:  {{- 1 -}}  ,b").Output);
    }

    [Fact]
    public void Else_if_chains_pick_the_first_true_branch()
    {
        var data = new GoMap { ["n"] = 2.0 };
        Assert.Equal("two", TemplateRun.Run("{{ if eq .n 1.0 }}one{{ else if eq .n 2.0 }}two{{ else }}many{{ end }}", data).Output);
    }

    [Fact]
    public void Range_with_break_and_continue_visits_what_Go_visits()
    {
        var output = TemplateRun.Run("{{ range $i, $v := list 1 2 3 4 5 }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ if eq $i 3 }}{{ break }}{{ end }}{{ $v }}{{ end }}").Output;
        Assert.Equal("13", output);
    }

    [Fact]
    public void Define_and_block_are_invoked_with_their_dot()
    {
        var output = TemplateRun.Run("{{ define \"x\" }}[{{ . }}]{{ end }}{{ template \"x\" \"a\" }}{{ block \"y\" \"b\" }}<{{ . }}>{{ end }}").Output;
        Assert.Equal("[a]<b>", output);
    }

    [Fact]
    public void Printf_formats_with_Go_verbs()
    {
        Assert.Equal("007|3.50|\"q\"|%!d(string=x)", TemplateRun.Run("{{ printf \"%03d|%.2f|%q|%d\" 7 3.5 \"q\" \"x\" }}").Output);
    }

    // Go places a field chain at its last field: ".b" starts at byte 5 of line 2.
    [Fact]
    public void Missing_map_key_prints_no_value_and_a_nil_intermediate_is_an_error_with_its_position()
    {
        Assert.Equal("<no value>", TemplateRun.Run("{{ .a }}").Output);
        var error = TemplateRun.Run("\n{{ .a.b }}").Error;
        Assert.Equal("template: t:2:5: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b", error);
    }
}
