namespace Rampart.Ownership.CodeOwners;

/// <summary>One owner token as written (<c>@octocat</c>, <c>@org/team</c>, <c>dev@example.com</c>, <c>@@maintainer</c>).</summary>
public sealed record CodeOwner(string Text, OwnerKind Kind)
{
    public bool IsValid => Kind != OwnerKind.Invalid;

    public override string ToString() => Text;

    /// <summary>Reads a token with the syntax of <paramref name="flavor"/>.</summary>
    public static CodeOwner Parse(string token, CodeOwnersFlavor flavor) => new(token, KindOf(token, flavor));

    private static OwnerKind KindOf(string token, CodeOwnersFlavor flavor)
    {
        if (token.StartsWith("@@", StringComparison.Ordinal))
        {
            return flavor == CodeOwnersFlavor.GitLab && IsRole(token[2..]) ? OwnerKind.Role : OwnerKind.Invalid;
        }

        if (token.StartsWith('@'))
        {
            return KindOfName(token.AsSpan(1), flavor);
        }

        return IsEmail(token) ? OwnerKind.Email : OwnerKind.Invalid;
    }

    /// <summary>
    /// GitHub: <c>user</c> or <c>org/team-slug</c> (ASCII letters, digits, '-', '_'); GitLab: namespace paths of
    /// letters, digits, '_', '-' and '.', nested with '/'. No part may be empty.
    /// </summary>
    private static OwnerKind KindOfName(ReadOnlySpan<char> name, CodeOwnersFlavor flavor)
    {
        var parts = 1;
        var partLength = 0;
        foreach (var c in name)
        {
            if (c == '/')
            {
                if (partLength == 0)
                {
                    return OwnerKind.Invalid;
                }

                parts++;
                partLength = 0;
                continue;
            }

            partLength++;
            var allowed = flavor == CodeOwnersFlavor.GitHub
                ? char.IsAsciiLetterOrDigit(c) || c is '-' or '_'
                : char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
            if (!allowed)
            {
                return OwnerKind.Invalid;
            }
        }

        if (partLength == 0 || (flavor == CodeOwnersFlavor.GitHub && parts > 2))
        {
            return OwnerKind.Invalid;
        }

        return parts == 1 ? OwnerKind.User : OwnerKind.Team;
    }

    private static bool IsRole(string role)
    {
        var lower = role.ToLowerInvariant().TrimEnd('s');
        return lower is "developer" or "maintainer" or "owner" && role.Length - lower.Length <= 1;
    }

    /// <summary><c>local@domain.tld</c> with a plain local part and a dotted domain ending in letters.</summary>
    private static bool IsEmail(string token)
    {
        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != token.LastIndexOf('@') || at == token.Length - 1)
        {
            return false;
        }

        var local = token[..at];
        var domain = token[(at + 1)..];
        var lastDot = domain.LastIndexOf('.');
        return local.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'')
            && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            && lastDot > 0
            && domain.Length - lastDot - 1 >= 2
            && domain[(lastDot + 1)..].All(char.IsAsciiLetter);
    }
}
