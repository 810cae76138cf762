using Rampart.Cel.Values;
using Rampart.Testing;

namespace Rampart.Cel.Tests.Libraries.Kubernetes;

public sealed class KubernetesExpressionTests
{
    [Theory]
    [InlineData("[1, 2, 3].isSorted()", "true")]
    [InlineData("['a', 'b', 'b', 'c'].isSorted()", "true")]
    [InlineData("[2.0, 1.0].isSorted()", "false")]
    [InlineData("[1, 3].sum()", "4")]
    [InlineData("[1.0, 3.0].sum()", "4.0")]
    [InlineData("[duration('1m'), duration('1s')].sum()", "duration('61s')")]
    [InlineData("[1, 3].min()", "1")]
    [InlineData("[1, 3].max()", "3")]
    [InlineData("[].min()", "error: min called on empty list")]
    [InlineData("([0] + [1, 2]).min()", "0")]
    [InlineData("[1, 2, 2, 3].indexOf(2)", "1")]
    [InlineData("['a', 'b', 'b', 'c'].lastIndexOf('b')", "2")]
    [InlineData("[1.0].indexOf(1.1)", "-1")]
    [InlineData("[[1], [2]].sum()", "compile error: found no matching overload for 'sum'")]
    public void Kubernetes_lists(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("!isIP(object.text)")]
    [InlineData("!isCIDR(object.text)")]
    [InlineData("ip(object.text) == ip('10.0.0.1')")]
    [InlineData("cidr(object.text) == cidr('10.0.0.0/8')")]
    [InlineData("ip.isCanonical(object.text)")]
    [InlineData("cidr('10.0.0.0/8').containsIP(object.text)")]
    [InlineData("cidr('10.0.0.0/8').containsCIDR(object.text)")]
    [InlineData("!isSemver(object.text)")]
    [InlineData("semver(object.text) == semver('1.0.0')")]
    [InlineData("bytes(object.text).size() > 0")]
    [InlineData("string(bytes(object.text)).size() > 0")]
    [InlineData("u.getQuery().size() > 0")]
    [InlineData("u.getEscapedPath().size() > 0")]
    public void Parsing_converting_and_taking_apart_text_is_charged_for_its_length(string test)
    {
        // Each of these walks the text but cost 1, so a loop over a long text stayed far below the limit.
        var data = new Dictionary<string, object?>
        {
            ["text"] = new string('9', 100_000) + ".1",
            ["items"] = Enumerable.Range(0, 2_000).Select(i => (object?)(long)i).ToList(),
        };

        var result = ExpressionHarness.Evaluate($"cel.bind(u, url('https://h/' + object.text + '?' + object.text + '=1'), object.items.all(e, {test}))", data);

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void GetQuery_is_charged_in_proportion_to_the_query_it_walks()
    {
        static long Cost(int pairs) => ExpressionHarness.ActualCost(
            "url(object.u).getQuery()['k'].size()",
            new Dictionary<string, object?> { ["u"] = "https://h/?" + string.Join('&', Enumerable.Repeat("k=v", pairs)) });

        var small = Cost(10_000);
        var large = Cost(100_000);

        // url() and getQuery() are each charged a tenth of a unit per character they walk: the 4n characters of
        // "k=v&" repeated, twice, plus a few units for the variable, the field, the index and size().
        Assert.InRange(small, 8_000, 8_020);
        Assert.InRange(large, 80_000, 80_020);
    }

    [Theory]
    [InlineData("'a'.find(object.pattern) == ''")]
    [InlineData("'a'.findAll(object.pattern).size() == 0")]
    public void A_computed_pattern_is_compiled_once_not_on_every_call(string test)
    {
        // Compiling this pattern allocates hundreds of kilobytes; a call with the pattern computed at run time must
        // cost what a call with the literal costs (whose pattern is compiled once, with the expression), and reading
        // the field (a few dozen bytes), not a kilobyte more.
        var pattern = "(?:" + string.Join("|", Enumerable.Range(0, 150).Select(i => $"[a-z]{{{(i % 20) + 1}}}x\\d+")) + ")";
        var computed = $"object.items.all(e, {test})";
        var literal = computed.Replace("object.pattern", $"r'{pattern}'", StringComparison.Ordinal);

        Assert.Equal(CelBool.True, ExpressionHarness.Evaluate(computed, PatternAndItems(pattern, 1_000)));
        Assert.Equal(CelBool.True, ExpressionHarness.Evaluate(literal, PatternAndItems(pattern, 1_000)));
        var (computedCall, literalCall) = (AllocatedPerItem(computed, pattern), AllocatedPerItem(literal, pattern));
        Assert.True(computedCall < literalCall + 1_024, $"a call allocates {computedCall:N0} bytes with the pattern computed, {literalCall:N0} with the literal");
    }

    [Theory]
    [InlineData("object.text.find(object.pattern)", "'a'")]
    [InlineData("object.text.findAll(object.pattern).size()", "200")]
    public void Find_with_thousands_of_groups_does_not_track_them(string expression, string expected)
    {
        // find and findAll return the whole match; tracking 4,000 groups over a 16,000-instruction program
        // allocated hundreds of megabytes for a 200-character input, within the cost limit.
        var data = new Dictionary<string, object?>
        {
            ["pattern"] = "(?:" + string.Join("|", Enumerable.Repeat("(a)", 4_000)) + ")",
            ["text"] = new string('a', 200),
        };
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        ExpressionHarness.Check(expression, expected, data);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 50_000_000);
    }

    [Theory]
    [InlineData("'abc 123'.find('[0-9]+')", "'123'")]
    [InlineData("'abc 123'.find('xyz')", "''")]
    [InlineData("'1, 2, 3, 4'.findAll('[0-9]+').map(x, int(x)).sum() < 100", "true")]
    [InlineData("'123 abc 456'.findAll('[0-9]+', 1)", "['123']")]
    [InlineData("'aa'.find('(a)\\\\1')", "compile error: invalid regular expression")]
    [InlineData("'aa'.findAll('(?<=a)a')", "compile error: invalid regular expression")]
    [InlineData("'aaaaaaaaaaaaaaaaaaaaaaaaa!'.matches('(a+)+$')", "false")]
    public void Kubernetes_regex(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("url('https://example.com:80/').getHost()", "'example.com:80'")]
    [InlineData("url('https://[::1]:80/').getHostname()", "'::1'")]
    [InlineData("url('https://example.com/').getPort()", "''")]
    [InlineData("url('https://example.com/path with spaces/').getEscapedPath()", "'/path%20with%20spaces/'")]
    [InlineData("url('https://example.com/path?k1=a&k2=b&k2=c').getQuery()", "{'k1': ['a'], 'k2': ['b', 'c']}")]
    [InlineData("url('https://example.com/path?').getQuery()", "{}")]
    [InlineData("url('/path').getScheme()", "''")]
    [InlineData("isURL('https://example.com')", "true")]
    [InlineData("isURL('example.com')", "false")]
    [InlineData("url('example.com')", "error: URL parse error during conversion from string")]
    [InlineData("url('https://example.com') == url('HTTPS://example.com')", "true")]
    public void Kubernetes_urls(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("ip('127.0.0.1').family()", "4")]
    [InlineData("ip('::1').family() == 6", "true")]
    [InlineData("ip('127.0.0.256')", "error: IPv4 field has value >255")]
    [InlineData("isIP(':::1')", "false")]
    [InlineData("ip.isCanonical('2001:db8::0:0:0:abcd')", "false")]
    [InlineData("ip('224.0.0.1').isLinkLocalMulticast()", "true")]
    [InlineData("ip('2001:db8::abcd').isGlobalUnicast()", "true")]
    [InlineData("cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))", "true")]
    [InlineData("cidr('192.168.0.0/24').containsIP('192.168.1.1')", "false")]
    [InlineData("cidr('192.168.0.0/16').containsCIDR(cidr('192.168.10.0/24'))", "true")]
    [InlineData("cidr('192.168.1.5/24').masked() == cidr('192.168.1.0/24')", "true")]
    [InlineData("cidr('::1/128').prefixLength()", "128")]
    [InlineData("string(cidr('192.168.0.0/24').ip())", "'192.168.0.0'")]
    [InlineData("type(ip('::1')) == net.IP", "true")]
    [InlineData("type(cidr('::1/128')) == net.CIDR", "true")]
    [InlineData("isCIDR('10.0.0.0/08')", "false")]
    [InlineData("ip('::ffff:c0a8:1').family()", "6")]
    [InlineData("string(ip('::ffff:c0a8:1'))", "'::ffff:192.168.0.1'")]
    [InlineData("ip('::ffff:192.168.0.1')", "error: IPv4-mapped IPv6 address is not allowed")]
    [InlineData("isIP(cidr('192.168.0.0/24'))", "compile error: found no matching overload for 'isIP' applied to '(net.CIDR)'")]
    public void Kubernetes_ip_and_cidr(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("quantity('1.5G') == quantity('1500M')", "true")]
    [InlineData("isQuantity('200K')", "false")]
    [InlineData("isQuantity('1.3Gi')", "true")]
    [InlineData("isQuantity('.')", "false")]
    [InlineData("isQuantity('')", "false")]
    [InlineData("isQuantity('+')", "false")]
    [InlineData("isQuantity('-')", "false")]
    [InlineData("isQuantity('Ki')", "false")]
    [InlineData("isQuantity('e3')", "false")]
    [InlineData("isQuantity('1e')", "false")]
    [InlineData("isQuantity('.5')", "true")]
    [InlineData("isQuantity('5.')", "true")]
    [InlineData("isQuantity('-.5e3')", "true")]
    [InlineData("quantity('Three')", "error: quantities must match the regular expression")]
    [InlineData("quantity('50000000G').isInteger()", "true")]
    [InlineData("quantity('9999999999999999999999999999999999999G').asInteger()", "error: cannot convert value to integer")]
    [InlineData("quantity('50k').sub(20000).asApproximateFloat() == 30000.0", "true")]
    [InlineData("quantity('50k').add(20).sub(quantity('100k')).sub(-50000) == quantity('20')", "true")]
    [InlineData("quantity('200M').compareTo(quantity('0.2G'))", "0")]
    [InlineData("quantity('50Mi').isGreaterThan(quantity('50M'))", "true")]
    [InlineData("quantity('-3').sign()", "-1")]
    [InlineData("sign(quantity('3'))", "compile error: found no matching overload for 'sign' applied to '(kubernetes.Quantity)'")]
    [InlineData("type(quantity('1')) == kubernetes.Quantity", "true")]
    [InlineData("quantity('1').add('1')", "compile error: found no matching overload for 'add'")]
    public void Kubernetes_quantity(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("semver('1.2.3').major()", "1")]
    [InlineData("semver('0.1.0-alpha.1').patch()", "0")]
    [InlineData("semver('v1.0.0', true) == semver('1.0.0')", "true")]
    [InlineData("semver('1.0', true).minor()", "0")]
    [InlineData("isSemver('v1.0')", "false")]
    [InlineData("isSemver('v1.0', true)", "true")]
    [InlineData("semver('1.2.3').compareTo(semver('2.0.0'))", "-1")]
    [InlineData("semver('1.0.0-rc.1').isLessThan(semver('1.0.0'))", "true")]
    [InlineData("semver('200K')", "error: No Major.Minor.Patch elements found")]
    public void Kubernetes_semver(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Theory]
    [InlineData("format.dns1123Label().validate('my-label-name')", "optional.none()")]
    [InlineData("format.dns1123Label().validate('my.label').value()", "['must not contain dots']")]
    [InlineData("format.named('uuid').value().validate('123e4567-e89b-12d3-a456-426614174000').hasValue()", "false")]
    [InlineData("format.named('dns1123Subdomain').hasValue()", "true")]
    [InlineData("format.named('unknown').hasValue()", "false")]
    [InlineData("format.byte().validate('aGVsbG8').value()", "['invalid base64']")]
    [InlineData("format.date().validate('2021-02-30').value()", "['invalid date']")]
    [InlineData("format.datetime().validate('2021-01-01T00:00:00Z').hasValue()", "false")]
    [InlineData("format.uri().validate('http://example.com').hasValue()", "false")]
    [InlineData("format.labelValue().validate('').hasValue()", "false")]
    [InlineData("format.dns1035LabelPrefix().validate('my-label-prefix-').hasValue()", "false")]
    public void Kubernetes_named_formats(string expression, string expected) => ExpressionHarness.Check(expression, expected);

    [Fact]
    public void Library_functions_read_values_from_the_object_tree()
    {
        var container = new Dictionary<string, object?>
        {
            ["image"] = "registry.example.com:5000/app:1.2.3",
            ["resources"] = new Dictionary<string, object?> { ["limits"] = new Dictionary<string, object?> { ["memory"] = "512Mi", ["cpu"] = "500m" } },
        };
        var deployment = new Dictionary<string, object?>
        {
            ["metadata"] = new Dictionary<string, object?> { ["name"] = "web-frontend" },
            ["spec"] = new Dictionary<string, object?> { ["containers"] = new List<object?> { container } },
        };

        ExpressionHarness.Check("object.spec.containers.all(c, quantity(c.resources.limits.memory).isLessThan(quantity('1Gi')))", "true", deployment);
        ExpressionHarness.Check("object.spec.containers.map(c, quantity(c.resources.limits.cpu).asApproximateFloat()).sum()", "0.5", deployment);
        ExpressionHarness.Check("!format.dns1123Label().validate(object.metadata.name).hasValue()", "true", deployment);
        ExpressionHarness.Check("object.spec.containers[0].image.find('[0-9]+\\\\.[0-9]+\\\\.[0-9]+$')", "'1.2.3'", deployment);
        ExpressionHarness.Check("object.spec.containers[0].image.split(':').size()", "3", deployment);
        ExpressionHarness.Check("semver(object.spec.containers[0].image.substring(object.spec.containers[0].image.lastIndexOf(':') + 1)).isLessThan(semver('2.0.0'))", "true", deployment);
        ExpressionHarness.Check("'%s uses %.1f GiB'.format([object.metadata.name, quantity(object.spec.containers[0].resources.limits.memory).asApproximateFloat() / 1073741824.0])", "'web-frontend uses 0.5 GiB'", deployment);
    }

    private static Dictionary<string, object?> PatternAndItems(string pattern, int items) => new()
    {
        ["pattern"] = pattern,
        ["items"] = Enumerable.Range(0, items).Select(i => (object?)(long)i).ToList(),
    };

    /// <summary>What one more item costs <paramref name="expression"/> (in bytes allocated), apart from what every evaluation costs.</summary>
    private static long AllocatedPerItem(string expression, string pattern)
    {
        // 1,000 searches with this 2,000-character pattern cost about 500,000 units, as Kubernetes charges them: within the limit.
        var few = PatternAndItems(pattern, 500);
        var many = PatternAndItems(pattern, 1_000);
        return (Work.AllocatedBy(() => ExpressionHarness.Evaluate(expression, many)) - Work.AllocatedBy(() => ExpressionHarness.Evaluate(expression, few))) / 500;
    }
}
