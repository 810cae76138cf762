namespace Rampart.Cel.Interpreter;

internal sealed record PlanResult(EvalNode Root, int Slots, List<CelIssue> Errors);
