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
            return KindOfName(token[1..], flavor);
        }

        return IsEmail(token) ? OwnerKind.Email : OwnerKind.Invalid;
    }

    private static OwnerKind KindOfName(string name, CodeOwnersFlavor flavor)
    {
        var parts = name.Split('/');
        if (parts.Any(p => p.Length == 0))
        {
            return OwnerKind.Invalid;
        }

        if (flavor == CodeOwnersFlavor.GitHub)
        {
            // @user or @org/team-slug.
            if (parts.Length > 2 || !parts.All(p => p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                return OwnerKind.Invalid;
            }

            return parts.Length == 1 ? OwnerKind.User : OwnerKind.Team;
        }

        // GitLab namespace paths: letters, digits, '_', '-', '.', nested with '/'.
        if (!parts.All(p => p.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return OwnerKind.Invalid;
        }

        return parts.Length == 1 ? OwnerKind.User : OwnerKind.Team;
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
