namespace Rampart.Templates.Parse;

/// <summary>The kinds of node of a parsed template, as Go's parse package has them.</summary>
internal enum NodeKind
{
    Text,
    Action,
    Bool,
    Chain,
    Command,
    Dot,
    Else,
    End,
    Field,
    Identifier,
    If,
    List,
    Nil,
    Number,
    Pipe,
    Range,
    String,
    Template,
    Variable,
    With,
    Comment,
    Break,
    Continue,
}
