using System.Runtime.CompilerServices;
using System.Text;

namespace Rampart.Regex;

/// <summary>
/// Compiles a parsed tree into a <see cref="Prog"/> (Thompson's construction), expanding counted
/// repetitions, and stops as soon as the program grows past the size limit.
/// </summary>
internal sealed partial class Compiler
{
    private readonly int _maxInsts;
    private readonly List<CharClass> _classes = [];
    private readonly Dictionary<CharClass, int> _classIndex = new(ReferenceEqualityComparer.Instance);
    private Inst[] _insts = new Inst[16];
    private int _count;

    private Compiler(int maxInsts)
    {
        _maxInsts = maxInsts;
    }

    private bool Failed => Failure is not null;

    private Re2ErrorCode? Failure { get; set; }

    /// <summary>Compiles; on failure returns null and the reason (too large, or nested too deeply).</summary>
    public static Prog? Compile(RegexNode root, int groupCount, int maxInsts, out Re2ErrorCode? failure)
    {
        var compiler = new Compiler(maxInsts);
        compiler.Emit(InstOp.Fail, 0);
        var body = compiler.Cat(compiler.Cat(compiler.Save(0), compiler.Compile(root)), compiler.Save(1));
        var match = compiler.Emit(InstOp.Match, 0);
        compiler.Patch(body.Out, match);
        failure = compiler.Failure;
        if (failure is not null)
        {
            return null;
        }

        var (anchored, prefix) = Analyze(root);
        return compiler.Finish(body.Start, 2 * (groupCount + 1), anchored, prefix, root);
    }

    /// <summary>
    /// Compiles the reverse of an expression (<see cref="Reversal"/>), anchored at its start, for the reverse DFA
    /// that runs backwards from the end of a match to find where it starts. Groups are of no use there.
    /// </summary>
    public static Prog? CompileReverse(RegexNode root, int maxInsts)
    {
        var compiler = new Compiler(maxInsts);
        compiler.Emit(InstOp.Fail, 0);
        var reversed = Reversal.Reverse(root);
        var body = compiler.Compile(reversed);
        var match = compiler.Emit(InstOp.Match, 0);
        compiler.Patch(body.Out, match);
        return compiler.Failed || body.Start == 0 ? null : compiler.Finish(body.Start, 2, anchored: true, prefix: null, reversed);
    }

    /// <summary>
    /// Compiles the patterns of a set into one program: an alternation whose branch <c>i</c> ends in a Match
    /// instruction with operand <c>i</c>. The lazy DFA runs it to learn which patterns match in one pass.
    /// </summary>
    public static Prog? CompileSet(IReadOnlyList<RegexNode> roots, int maxInsts, out Re2ErrorCode? failure)
    {
        var compiler = new Compiler(maxInsts);
        compiler.Emit(InstOp.Fail, 0);
        Frag all = default;
        for (var i = roots.Count - 1; i >= 0 && !compiler.Failed; i--)
        {
            var body = compiler.Compile(roots[i]);
            if (body.Start == 0)
            {
                continue;
            }

            compiler.Patch(body.Out, compiler.Emit(InstOp.Match, i));
            all = compiler.Alt(new Frag(body.Start, default, body.Nullable), all);
        }

        failure = compiler.Failure;
        if (failure is not null)
        {
            return null;
        }

        var anchored = roots.Count > 0 && roots.All(root => Analyze(root).Anchored);
        return compiler.Finish(all.Start, 2, anchored, prefix: null, RegexNode.Alternate([.. roots]));
    }

    private Prog Finish(int start, int slotCount, bool anchored, string? prefix, RegexNode root)
    {
        var insts = _insts[.._count];
        CharClass[] classes = [.. _classes];
        // The start runes also serve UTF-8 input when the prefix cannot (it holds U+FFFD, which invalid bytes match).
        return new Prog(insts, classes, start, slotCount)
        {
            AnchoredStart = anchored,
            Prefilter = new Prefilter(
                anchored,
                prefix,
                anchored || prefix is not null ? null : LeadingLiterals.Compute(root),
                anchored || start == 0 ? null : StartUnits.Runes(insts, classes, start)),
        };
    }

    /// <summary>Finds a leading \A (anchoring every match) or a leading literal that every match starts with.</summary>
    private static (bool Anchored, string? Prefix) Analyze(RegexNode root)
    {
        var node = root;
        while (true)
        {
            switch (node.Kind)
            {
                case NodeKind.Capture:
                    node = node.Subs[0];
                    continue;
                case NodeKind.Concat:
                    node = node.Subs[0];
                    continue;
                case NodeKind.Assertion when node.Assertion == EmptyFlags.BeginText:
                    return (true, null);
                case NodeKind.Literal when node.Runes.All(IsScalar):
                    var text = new StringBuilder();
                    foreach (var rune in node.Runes)
                    {
                        text.Append(char.ConvertFromUtf32(rune));
                    }

                    return (false, text.ToString());
                default:
                    return (false, null);
            }
        }
    }

    private static bool IsScalar(int rune) => rune is < 0xD800 or (> 0xDFFF and <= CharClass.MaxRune);

    private Frag Compile(RegexNode node)
    {
        if (Failed)
        {
            return default;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Failure = Re2ErrorCode.NestingDepth;
            return default;
        }

        switch (node.Kind)
        {
            case NodeKind.NoMatch:
                return default;
            case NodeKind.EmptyMatch:
                return Nop();
            case NodeKind.Literal:
                return CompileLiteral(node.Runes);
            case NodeKind.Class:
                return Consumer(InstOp.Class, ClassIndex(node.Class!));
            case NodeKind.AnyChar:
                return Consumer(InstOp.Any, 0);
            case NodeKind.AnyCharNotNewline:
                return Consumer(InstOp.AnyNotNewline, 0);
            case NodeKind.Assertion:
                var assert = Emit(InstOp.Assert, (int)node.Assertion);
                return new Frag(assert, PatchList.OutOf(assert), true);
            case NodeKind.Capture:
                return Cat(Cat(Save(2 * node.CaptureIndex), Compile(node.Subs[0])), Save((2 * node.CaptureIndex) + 1));
            case NodeKind.Concat:
                var concat = Compile(node.Subs[0]);
                for (var i = 1; i < node.Subs.Length; i++)
                {
                    concat = Cat(concat, Compile(node.Subs[i]));
                }

                return concat;
            case NodeKind.Alternate:
                var alternation = Compile(node.Subs[^1]);
                for (var i = node.Subs.Length - 2; i >= 0; i--)
                {
                    alternation = Alt(Compile(node.Subs[i]), alternation);
                }

                return alternation;
            case NodeKind.Star:
                return Star(Compile(node.Subs[0]), node.Greedy);
            case NodeKind.Plus:
                return Plus(Compile(node.Subs[0]), node.Greedy);
            case NodeKind.Quest:
                return Quest(Compile(node.Subs[0]), node.Greedy);
            default:
                return CompileRepeat(node);
        }
    }

    private int ClassIndex(CharClass charClass)
    {
        if (!_classIndex.TryGetValue(charClass, out var index))
        {
            index = _classes.Count;
            _classes.Add(charClass);
            _classIndex[charClass] = index;
        }

        return index;
    }

    private Frag CompileLiteral(int[] runes)
    {
        var first = Consumer(InstOp.Rune, runes[0]);
        var frag = first;
        for (var i = 1; i < runes.Length && !Failed; i++)
        {
            frag = Cat(frag, Consumer(InstOp.Rune, runes[i]));
        }

        return frag;
    }

    /// <summary>Expands x{n,m}: n copies of x, then x+ when unbounded, else (x(x(x)?)?)? for the optional rest.</summary>
    private Frag CompileRepeat(RegexNode node)
    {
        var sub = node.Subs[0];
        var (min, max) = (node.Min, node.Max);
        if (max == -1 && min == 0)
        {
            return Star(Compile(sub), node.Greedy);
        }

        if (max == 0)
        {
            return Nop();
        }

        Frag? result = null;
        var required = max == -1 ? min - 1 : min;
        for (var i = 0; i < required && !Failed; i++)
        {
            var copy = Compile(sub);
            result = result is { } head ? Cat(head, copy) : copy;
        }

        Frag? tail = null;
        if (max == -1)
        {
            tail = Plus(Compile(sub), node.Greedy);
        }
        else
        {
            for (var i = min; i < max && !Failed; i++)
            {
                var copy = Compile(sub);
                tail = Quest(tail is { } inner ? Cat(copy, inner) : copy, node.Greedy);
            }
        }

        return (result, tail) switch
        {
            ({ } head, { } rest) => Cat(head, rest),
            ({ } head, null) => head,
            (null, { } rest) => rest,
            _ => Nop(),
        };
    }
}
