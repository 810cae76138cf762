using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Reports list findings in one order; the decide stage leaves a scan's findings in it, so a writer that asks for the
/// order again gets the same list back instead of a sorted copy of 150,000 findings.
/// </summary>
public sealed class FindingOrderTests
{
    [Fact]
    public void Findings_already_in_report_order_are_returned_without_a_copy()
    {
        List<Finding> findings =
        [
            TestFindings.Make("RMP-K8S-001", "a.yaml", line: 3),
            TestFindings.Make("RMP-K8S-002", "a.yaml", line: 3),
            TestFindings.Make("RMP-K8S-001", "b.yaml", line: 1),
        ];

        Assert.Same(findings, FindingOrder.Sort(findings));
    }

    [Fact]
    public void Findings_out_of_order_come_back_sorted_in_a_new_list_and_the_input_stays_as_it_was()
    {
        var late = TestFindings.Make("RMP-K8S-001", "b.yaml", line: 1);
        var early = TestFindings.Make("RMP-K8S-001", "a.yaml", line: 7);
        var earliest = TestFindings.Make("RMP-K8S-001", "a.yaml", line: 2);
        List<Finding> findings = [late, early, earliest];

        var sorted = FindingOrder.Sort(findings);

        Assert.Equal([earliest, early, late], sorted);
        Assert.Equal([late, early, earliest], findings);
    }
}
