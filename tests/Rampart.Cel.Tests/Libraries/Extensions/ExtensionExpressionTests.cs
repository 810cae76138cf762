namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class ExtensionExpressionTests
{
    [Theory]
    [InlineData("'hello'.charAt(4)", "'o'")]
    [InlineData("'hello'.charAt(5)", "''")]
    [InlineData("'hello'.charAt(-1)", "error: index out of range: -1")]
    [InlineData("'hello mellow'.indexOf('')", "0")]
    [InlineData("'hello mellow'.indexOf('ello', 2)", "7")]
    [InlineData("'hello mellow'.indexOf('ello', 20)", "-1")]
    [InlineData("'hello mellow'.indexOf('ello', -1)", "error: index out of range: -1")]
    [InlineData("'hello mellow'.lastIndexOf('')", "12")]
    [InlineData("'hello mellow'.lastIndexOf('ello', 6)", "1")]
    [InlineData("['hello', 'mellow'].join(' ')", "'hello mellow'")]
    [InlineData("[].join('/')", "''")]
    [InlineData("'TacoCÆt Xii'.lowerAscii()", "'tacocÆt xii'")]
    [InlineData("'hello hello'.replace('he', 'we', -1)", "'wello wello'")]
    [InlineData("'hello hello'.replace('he', 'we', 1)", "'wello hello'")]
    [InlineData("'hello hello hello'.split(' ', 2)", "['hello', 'hello hello']")]
    [InlineData("'tacocat'.substring(4)", "'cat'")]
    [InlineData("'tacocat'.substring(2, 1)", "error: invalid substring range. start: 2, end: 1")]
    [InlineData("'  \\ttrim\\n    '.trim()", "'trim'")]
    [InlineData("strings.quote('single-quote with \"double quote\"')", "'\"single-quote with \\\\\"double quote\\\\\"\"'")]
    [InlineData("'gums'.reverse()", "'smug'")]
    [InlineData("'this is a string: %s\\nand an integer: %d'.format(['str', 42])", "'this is a string: str\\nand an integer: 42'")]
    [InlineData("'%.2f'.format([3.14159])", "'3.14'")]
    [InlineData("'26 in hex: %x'.format([26])", "'26 in hex: 1a'")]
    [InlineData("'%s'.format([[1, 2, 3, {'a': 'x', 'b': 'y', 'c': 'z'}]])", "'[1, 2, 3, {a: x, b: y, c: z}]'")]
    [InlineData("'%d'.format(['a'])", "compile error: decimal clause can only be used on ints, uints, and doubles, was given string")]
    [InlineData("'%d'.format([dyn('a')])", "error: decimal clause can only be used on integers, was given string")]
    [InlineData("'a'.charAt('b')", "compile error: found no matching overload for 'charAt'")]
    [InlineData("42.trim()", "compile error: found no matching overload for 'trim'")]
    public void Strings_extension(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Fact]
    public void Replace_and_join_refuse_results_that_would_exhaust_memory()
    {
        var text = new string('x', 5000);
        ExpressionHarness.Check("object.replace('', object)", "error: operation cancelled: actual cost limit exceeded", text);
        ExpressionHarness.Check("object.replace('', object)", "error: replace: the result would be longer than 16777216 characters", text, costLimit: false);
        ExpressionHarness.Check("lists.range(5000).map(i, '').join(object)", "error: join: the result would be longer than 16777216 characters", text, costLimit: false);
        ExpressionHarness.Check("object.replace('x', 'yy').size()", "10000", text);
    }

    [Theory]
    [InlineData("[1,2,3,4].slice(1, 3)", "[2, 3]")]
    [InlineData("[1,[2,[3,4]]].flatten()", "[1, 2, [3, 4]]")]
    [InlineData("[1,[2,[3,[4]]]].flatten(2)", "[1, 2, 3, [4]]")]
    [InlineData("[1,[2,[3,[4]]]].flatten(-1)", "error: level must be non-negative")]
    [InlineData("[1, 2, 2, 3, 3, 3].distinct()", "[1, 2, 3]")]
    [InlineData("[5, 3, 1, 2].reverse()", "[2, 1, 3, 5]")]
    [InlineData("['b', 'c', 'a'].sort()", "['a', 'b', 'c']")]
    [InlineData("[duration('2s'), duration('1s')].sort()", "[duration('1s'), duration('2s')]")]
    [InlineData("[1, 'b'].sort()", "error: list elements must have the same type")]
    [InlineData("lists.range(5)", "[0, 1, 2, 3, 4]")]
    [InlineData("[3, 4].first().value()", "3")]
    [InlineData("[].last().hasValue()", "false")]
    [InlineData("[1, 2].slice('a', 1)", "compile error: found no matching overload for 'slice'")]
    public void Lists_extension(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("math.greatest(1, 2.5, 3u)", "3u")]
    [InlineData("math.least([5.4, 10, 3u, -5.0, 3.5])", "-5.0")]
    [InlineData("math.greatest([])", "error: argument must not be empty")]
    [InlineData("math.greatest(1, 'a', 2)", "compile error: math.greatest() simple literal arguments must be numeric")]
    [InlineData("math.greatest('a')", "compile error: found no matching overload for 'math.greatest'")]
    [InlineData("math.ceil(1.2)", "2.0")]
    [InlineData("math.round(-1.5)", "-2.0")]
    [InlineData("math.abs(-9223372036854775807 - 1)", "error: overflow")]
    [InlineData("math.sign(42u)", "1u")]
    [InlineData("math.isNaN(0.0/0.0)", "true")]
    [InlineData("math.bitShiftRight(-1024, 3)", "2305843009213693824")]
    [InlineData("math.sqrt(81)", "9.0")]
    [InlineData("math.ceil(1)", "compile error: found no matching overload for 'math.ceil'")]
    public void Math_extension(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("base64.encode(b'hello')", "'aGVsbG8='")]
    [InlineData("base64.decode('aGVsbG8')", "b'hello'")]
    [InlineData("base64.decode('a')", "error: illegal base64 data at input byte 0")]
    [InlineData("sets.contains([1, 2, 3, 4], [2, 3])", "true")]
    [InlineData("sets.contains([1, 2.0, 3u], [1.0, 2u, 3])", "true")]
    [InlineData("sets.equivalent([1, 2, 3], [3u, 2.0, 1])", "true")]
    [InlineData("sets.intersects([[1], [2, 3]], [[1, 2], [2, 3.0]])", "true")]
    [InlineData("sets.intersects([1], ['a'])", "compile error: found no matching overload for 'sets.intersects'")]
    [InlineData("sets.intersects([1], [dyn('a')])", "false")]
    public void Encoders_and_sets_extensions(string expression, string expected) => ExpressionHarness.Check(expression, expected);
}
