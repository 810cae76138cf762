namespace Rampart.Ownership.CodeOwners;

public enum OwnerKind
{
    /// <summary><c>@name</c>: a user (on GitLab also a top-level group).</summary>
    User,
    /// <summary><c>@org/team</c> (GitHub) or <c>@group/subgroup</c> (GitLab).</summary>
    Team,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>GitLab <c>@@developer</c>, <c>@@maintainer</c>, <c>@@owner</c> (plural accepted).</summary>
    Role,
    /// <summary>Not an owner in the flavour's syntax (kept only to report it).</summary>
    Invalid,
}
