namespace Rampart.Dependencies.Inventory;

/// <summary>The package ecosystems, named as OSV names them (the <c>ecosystem</c> field of an affected package).</summary>
public static class Ecosystem
{
    public const string Npm = "npm";
    public const string NuGet = "NuGet";
    public const string PyPI = "PyPI";
    public const string Maven = "Maven";
    public const string Go = "Go";
    public const string CratesIo = "crates.io";
    public const string RubyGems = "RubyGems";
    public const string Packagist = "Packagist";
    public const string Debian = "Debian";
    public const string Alpine = "Alpine";
}
