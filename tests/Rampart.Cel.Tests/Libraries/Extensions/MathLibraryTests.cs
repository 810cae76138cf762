using Rampart.Cel.Functions;
using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class MathLibraryTests
{
    [Theory]
    [InlineData("math.greatest(object) >= 0")]
    [InlineData("math.least(object) >= 0")]
    public void Greatest_and_least_of_a_list_are_charged_per_element(string test)
    {
        var large = Enumerable.Range(0, 5_000).Select(i => (object?)(long)i).ToList();

        var result = ExpressionHarness.Evaluate($"object.all(e, {test})", large);

        Assert.Equal("operation cancelled: actual cost limit exceeded", Assert.IsType<CelError>(result).Message);
    }

    [Fact]
    public void Greatest_and_least_compare_across_numeric_types_and_keep_the_original_value()
    {
        Is(I(long.MaxValue), Call("math_greatest_dyn_5", D(5.4), I(10), U(3), D(-5.0), I(long.MaxValue)));
        Is(D(-5.0), Call("math_least_list_dyn", L(D(5.4), I(10), U(3), D(-5.0), D(3.5))));
        Is(U(5), Call("math_greatest_uint_int", U(5), I(-7)));
        Is(I(1), Call("math_greatest_int_double", I(1), D(1.0)));
        Is(I(-5), Call("math_greatest_int", I(-5)));
        IsError(Call("math_greatest_list_dyn", L()), "math.greatest(list) argument must not be empty");
        IsError(Call("math_least_list_dyn", L(I(1), S("a"))), "no such overload");
    }

    [Fact]
    public void Literal_arguments_that_are_not_numbers_fail_at_compile_time()
    {
        var preparer = Overload("math_greatest_dyn_3").Preparer!;
        Assert.Equal("math.greatest() simple literal arguments must be numeric", preparer([I(1), S("a"), null]).Error);
        Assert.Same(CelPreparation.Unchanged, preparer([I(1), D(2), null]));
    }

    [Fact]
    public void Rounding_functions_follow_go()
    {
        Is(D(-1.0), Call("math_ceil_double", D(-1.2)));
        Is(D(-2.0), Call("math_floor_double", D(-1.2)));
        Is(D(-2.0), Call("math_round_double", D(-1.5)));
        Is(D(2.0), Call("math_round_double", D(1.5)));
        Is(D(-1.0), Call("math_trunc_double", D(-1.2)));
        Assert.True(double.IsNaN(((CelDouble)Call("math_round_double", D(double.NaN))).Value));
    }

    [Fact]
    public void Abs_and_sign_keep_the_argument_type()
    {
        Is(I(11), Call("math_abs_int", I(-11)));
        Is(U(1), Call("math_abs_uint", U(1)));
        Is(D(11.5), Call("math_abs_double", D(-11.5)));
        IsError(Call("math_abs_int", I(long.MinValue)), "integer overflow");
        Is(I(-1), Call("math_sign_int", I(-11)));
        Is(U(0), Call("math_sign_uint", U(0)));
        Is(D(1.0), Call("math_sign_double", D(100.5)));
    }

    [Fact]
    public void Bit_operations_on_ints_and_uints()
    {
        Is(I(1), Call("math_bitAnd_int_int", I(1), I(-1)));
        Is(I(-2), Call("math_bitOr_int_int", I(4), I(-2)));
        Is(I(-6), Call("math_bitXor_int_int", I(4), I(-2)));
        Is(U(18446744073709551614), Call("math_bitNot_uint_uint", U(1)));
        Is(I(0), Call("math_bitNot_int_int", I(-1)));
        Is(I(4), Call("math_bitShiftLeft_int_int", I(1), I(2)));
        Is(I(0), Call("math_bitShiftLeft_int_int", I(-1), I(200)));
        Is(I(2305843009213693824), Call("math_bitShiftRight_int_int", I(-1024), I(3)));
        Is(U(0), Call("math_bitShiftRight_uint_int", U(1024), I(200)));
        IsError(Call("math_bitShiftLeft_uint_int", U(1), I(-1)), "math.bitShiftLeft() negative offset: -1");
    }

    [Fact]
    public void Ieee_predicates_and_sqrt()
    {
        Is(B(true), Call("math_isNaN_double", D(double.NaN)));
        Is(B(true), Call("math_isInf_double", D(double.NegativeInfinity)));
        Is(B(false), Call("math_isFinite_double", D(double.NaN)));
        Is(D(3.0), Call("math_sqrt_int", I(9)));
    }
}
