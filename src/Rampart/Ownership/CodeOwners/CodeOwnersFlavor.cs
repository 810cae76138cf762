namespace Rampart.Ownership.CodeOwners;

/// <summary>Whose rules a CODEOWNERS file is read with: they differ in syntax, matching and evaluation.</summary>
public enum CodeOwnersFlavor
{
    /// <summary>One list, last matching line wins; gitignore-like patterns without <c>!</c>, <c>[ ]</c> or <c>\#</c>.</summary>
    GitHub,
    /// <summary>Sections evaluated independently; <c>File.fnmatch</c> patterns; exclusions; default owners; approvals.</summary>
    GitLab,
}
