namespace Rampart.Secrets;

/// <summary>
/// Values that stand for a secret rather than being one: template references (<c>${VAR}</c>, <c>{{ .x }}</c>,
/// <c>$(NAME)</c>), angle-bracket slots (<c>&lt;password&gt;</c>), masks (<c>xxxx</c>, <c>****</c>), words of
/// documentation (<c>example</c>, <c>changeme</c>, <c>your-token-here</c>) and the bare words people write where the
/// secret will go (<c>password</c>, <c>secret</c>).
/// </summary>
public static class Placeholders
{
    private static readonly string[] Fragments =
    [
        "${", "{{", "$(", "%(", "<", ">", "example", "changeme", "change_me", "change-me", "placeholder", "dummy", "sample",
        "redacted", "your_", "your-", "yourpass", "xxxx", "****", "....", "----", "process.env", "os.environ", "todo",
        "fixme", "replace", "insert", "password", "passwd",
    ];

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "secret", "pwd", "guest", "admin", "root", "user", "username", "test", "token", "none", "null", "nil",
        "undefined", "empty", "true", "false", "default", "foo", "bar", "foobar",
    };

    public static bool IsPlaceholder(string value)
    {
        if (Words.Contains(value) || value.StartsWith('{') || value.StartsWith('$') || value.StartsWith('%'))
        {
            return true;
        }

        foreach (var fragment in Fragments)
        {
            if (value.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return DistinctCharacters(value) <= 2;
    }

    private static int DistinctCharacters(string value)
    {
        var seen = new HashSet<char>();
        foreach (var c in value)
        {
            if (seen.Add(c) && seen.Count > 2)
            {
                break;
            }
        }

        return seen.Count;
    }
}
