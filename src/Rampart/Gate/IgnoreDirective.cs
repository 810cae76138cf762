using Rampart.Loading;

namespace Rampart.Gate;

/// <summary>
/// One <c># rampart:ignore RULE[,RULE…] reason</c> comment read: the rule ids or aliases it lists (<c>*</c> for every
/// rule) and its reason, or the problem that keeps it from suppressing anything (<see cref="Problem"/>).
/// </summary>
public sealed record IgnoreDirective(CommentDirective Comment, IReadOnlyList<string> Rules, string Reason, string? Problem)
{
    public const string Verb = "ignore";

    /// <summary>Reads a directive's text (what follows <c>rampart:</c>).</summary>
    public static IgnoreDirective Parse(CommentDirective comment)
    {
        var text = comment.Text.AsSpan().Trim();
        var verbEnd = text.IndexOfAny(' ', '\t');
        var verb = verbEnd < 0 ? text : text[..verbEnd];
        if (!verb.Equals(Verb, StringComparison.OrdinalIgnoreCase))
        {
            return new(comment, [], "", $"'rampart:{verb}' is not a directive Rampart knows (the one directive is rampart:{Verb})");
        }

        var rest = verbEnd < 0 ? [] : text[verbEnd..].TrimStart();
        var rules = new List<string>();
        while (true)
        {
            var end = rest.IndexOfAny(' ', '\t', ',');
            var rule = end < 0 ? rest : rest[..end];
            if (!rule.IsEmpty)
            {
                rules.Add(rule.ToString());
            }

            rest = end < 0 ? [] : rest[end..].TrimStart();
            if (!rest.StartsWith(','))
            {
                break;
            }

            rest = rest[1..].TrimStart();
        }

        return rules.Count == 0
            ? new(comment, [], "", $"'rampart:{Verb}' names no rule (write the rule ids or aliases, comma-separated, then the reason)")
            : new(comment, rules, rest.ToString(), null);
    }

    /// <summary>How a suppressed finding names the comment: <c># rampart:ignore RMP-K8S-001 at apps/a.yaml:12: reason</c>.</summary>
    public string Describe() =>
        $"# rampart:{Verb} {string.Join(',', Rules)} at {Comment.Path}:{Comment.At.Line}: " + (Reason.Length > 0 ? Reason : "(no reason given)");
}
