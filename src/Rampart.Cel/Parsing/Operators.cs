namespace Rampart.Cel.Parsing;

/// <summary>The function names CEL gives its operators.</summary>
internal static class Operators
{
    public const string Add = "_+_";
    public const string Subtract = "_-_";
    public const string Multiply = "_*_";
    public const string Divide = "_/_";
    public const string Modulo = "_%_";
    public const string Equal = "_==_";
    public const string NotEquals = "_!=_";
    public const string Less = "_<_";
    public const string LessEquals = "_<=_";
    public const string Greater = "_>_";
    public const string GreaterEquals = "_>=_";
    public const string LogicalAnd = "_&&_";
    public const string LogicalOr = "_||_";
    public const string LogicalNot = "!_";
    public const string Negate = "-_";
    public const string Conditional = "_?_:_";
    public const string Index = "_[_]";
    public const string OptionalIndex = "_[?_]";
    public const string In = "@in";
    public const string NotStrictlyFalse = "@not_strictly_false";

    /// <summary>Inserts an entry into a map accumulator (two-variable <c>transformMap</c>).</summary>
    public const string MapInsert = "cel.@mapInsert";

    /// <summary>How an operator is written, for messages.</summary>
    public static string Display(string function) => function switch
    {
        Add => "+",
        Subtract => "-",
        Multiply => "*",
        Divide => "/",
        Modulo => "%",
        Equal => "==",
        NotEquals => "!=",
        Less => "<",
        LessEquals => "<=",
        Greater => ">",
        GreaterEquals => ">=",
        LogicalAnd => "&&",
        LogicalOr => "||",
        LogicalNot => "!",
        Negate => "-",
        Index => "[]",
        In => "in",
        _ => function,
    };
}
