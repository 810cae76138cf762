namespace Rampart.Cel;

/// <summary>The compile pipeline: parse, expand macros, check, plan.</summary>
internal static class Compiler
{
    public static CelCompileResult Compile(CelEnvironment environment, string source)
    {
        _ = environment;
        _ = source;
        return new CelCompileResult(null, [new CelIssue("the compiler is not available yet", 1, 1, string.Empty)]);
    }
}
