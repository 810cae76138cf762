using System.Text;
using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The message of a failure at an element: the validation's message and the element it names
/// (<c>… (containers[0] "app")</c>). A scan of many similar objects gives the same few messages tens of thousands of
/// times, so each is spelled in one buffer per thread and made a string only when that thread has not made it yet.
/// </summary>
internal static class FailureMessages
{
    /// <summary>Messages kept per thread before the thread starts over (messages from a messageExpression may all differ).</summary>
    private const int MostKept = 4096;

    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>Each thread's messages made so far.</summary>
    [ThreadStatic]
    private static Func<ReadOnlySpan<char>, string>? made;

    public static string Of(string message, ObjectScope scope, Node? element)
    {
        var text = (scratch ??= new StringBuilder(256)).Clear().Append(message).Append(" (");
        if (!FindingLocator.Describe(scope, element, text))
        {
            return FindingText.Cut(message, FindingText.MaxMessage);
        }

        text.Append(')');
        var result = text.Length > FindingText.MaxMessage
            ? FindingText.Cut(text.ToString(), FindingText.MaxMessage)
            : TextPool.Of(text, made ??= new TextPool(MostKept).Of);
        if (text.Capacity > 4 * FindingText.MaxMessage)
        {
            scratch = null;
        }

        return result;
    }
}
