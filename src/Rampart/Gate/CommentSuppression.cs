using System.Collections.Concurrent;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Gate;

/// <summary>
/// Applies <c># rampart:ignore RULE[,RULE…] reason</c> comments, the inline twin of the <c>rampart.dev/ignore</c>
/// annotation (<see cref="AnnotationSuppression"/>): a comment anywhere in an object's document lists rule ids or
/// aliases (any case, <c>*</c> for every rule) that are suppressed for that object, with the same status. A comment
/// without a reason still suppresses, and is itself reported (<see cref="GateRules.SuppressionWithoutReason"/>); one
/// that is no directive or names an id no rule has is reported (<see cref="GateRules.UnknownSuppression"/>). Each
/// comment is reported once, however many objects (items of a List, renders of a base) it belongs to.
/// </summary>
/// <param name="rules">The rules of the scan, whose ids and aliases a comment may name; asked for when a first comment is checked.</param>
public sealed class CommentSuppression(Func<IEnumerable<RuleDescriptor>> rules)
{
    private readonly Lazy<HashSet<string>> known = new(() => new(rules().SelectMany(r => r.Aliases.Prepend(r.Id)), StringComparer.OrdinalIgnoreCase));
    private readonly ConcurrentDictionary<(string Path, int Line), bool> checkedComments = new();

    public static Finding Apply(Finding finding, IReadOnlyList<CommentDirective> directives)
    {
        if (finding.Status != FindingStatus.Open || directives.Count == 0)
        {
            return finding;
        }

        foreach (var comment in directives)
        {
            var directive = IgnoreDirective.Parse(comment);
            if (directive.Problem is null && directive.Rules.Any(rule => AnnotationSuppression.Matches(rule, finding)))
            {
                return finding with { Status = FindingStatus.Suppressed, StatusReason = FindingText.Cut(directive.Describe()) };
            }
        }

        return finding;
    }

    /// <summary>
    /// The directives of a rendered object: those of the document its root was read from (a comment in a base applies
    /// to every render of the object), found through the root's <see cref="Node.Origin"/>.
    /// </summary>
    public static IReadOnlyList<CommentDirective> Of(Node renderedRoot) =>
        renderedRoot.Origin is { Directives.Count: > 0 } origin
            ? [.. origin.Directives.Where(d => d.InDocument(renderedRoot.Start.Line))]
            : [];

    /// <summary>Adds the problems of the comments not checked before in this scan to <paramref name="problems"/>.</summary>
    public void Check(IReadOnlyList<CommentDirective> directives, ICollection<Finding> problems)
    {
        foreach (var comment in directives)
        {
            if (!checkedComments.TryAdd((comment.Path, comment.At.Line), true))
            {
                continue;
            }

            var directive = IgnoreDirective.Parse(comment);
            if (directive.Problem is { } problem)
            {
                problems.Add(Report(GateRules.UnknownSuppression, comment, problem + "; it suppresses nothing"));
                continue;
            }

            var unknown = directive.Rules.Where(rule => rule != "*" && !known.Value.Contains(rule)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(Report(GateRules.UnknownSuppression, comment,
                    $"'rampart:{IgnoreDirective.Verb}' names {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which no rule has as id or alias; nothing is suppressed for {(unknown.Count == 1 ? "it" : "them")}"));
            }

            if (directive.Reason.Length == 0)
            {
                problems.Add(Report(GateRules.SuppressionWithoutReason, comment,
                    $"'rampart:{IgnoreDirective.Verb} {string.Join(',', directive.Rules)}' gives no reason; write why after the rule ids"));
            }
        }
    }

    private static Finding Report(RuleDescriptor rule, CommentDirective comment, string message) =>
        GateRules.Create(rule, FindingText.Cut(message), comment.Path, comment.At.Line) with
        {
            Location = new SourceLocation(comment.Path, comment.At.Line, comment.At.Column),
        };
}
