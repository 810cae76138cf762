using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>
/// Called once at compile time for each call of an overload that has one, with the arguments that are
/// literals (null where an argument is computed). It may reject the call with a compile error (an invalid
/// regular expression literal) or supply a replacement body that has done the work once (a compiled regex).
/// </summary>
public delegate CelPreparation CelCallPreparer(IReadOnlyList<CelValue?> constantArguments);
