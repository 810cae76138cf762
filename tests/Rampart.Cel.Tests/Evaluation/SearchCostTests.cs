using Rampart.Cel.Tests.Libraries;

namespace Rampart.Cel.Tests.Evaluation;

/// <summary>
/// Searches and splits cost at least what Kubernetes charges for them (cel-go's and the API server's cost
/// estimators), so that an expression within the limit here is within it in a cluster. Expected values are
/// the Kubernetes formulas worked by hand for a 1,000-character string <c>object</c> (reading it costs 1, the call
/// 1 more here).
/// </summary>
public sealed class SearchCostTests
{
    [Theory]
    // contains: ceil(0.1 * 1000) * ceil(0.1 * needle)
    [InlineData("object.contains('AKIA')", 1 + 1 + (100 * 1))]
    [InlineData("object.contains('PRIVATE KEY')", 1 + 1 + (100 * 2))]
    [InlineData("object.contains('0123456789012345678901')", 1 + 1 + (100 * 3))]
    // matches, find, findAll: ceil(0.1 * (1000 + 1)) * ceil(0.25 * pattern)
    [InlineData("object.matches('a+')", 1 + 1 + (101 * 1))]
    [InlineData("object.matches('BEGIN [A-Z ]*PRIVATE KEY')", 1 + 1 + (101 * 6))]
    [InlineData("object.find('[0-9]{16}')", 1 + 1 + (101 * 3))]
    [InlineData("object.findAll('[0-9]{16}').size() >= 0", 1 + 1 + (101 * 3) + 1 + 1)]
    // a short text is still a whole tenth: ceil(0.1 * 3) * ceil(0.25 * 16)
    [InlineData("'abc'.matches('[a-z]{2}[0-9]{3}')", 1 + (1 * 4))]
    // split: 0.2 per character
    [InlineData("object.split(',').size() >= 0", 1 + 1 + 200 + 1 + 1)]
    public void A_search_costs_what_kubernetes_charges_for_it(string source, long expected)
    {
        var cost = ExpressionHarness.Cost(source, new string('a', 1_000));

        Assert.Equal(expected, cost);
    }
}
