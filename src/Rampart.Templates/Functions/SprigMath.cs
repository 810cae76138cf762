using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's integer (int64) and float (float64) arithmetic.</summary>
internal static class SprigMath
{
    private static readonly GoType I64 = GoTypes.Int64;
    private static readonly GoType F64 = GoTypes.Float64;

    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Make("add1", [Any], I64, a => Cast.I64(Cast.ToInt64(a[0]) + 1)));
        t.Add(Variadic("add", [Any], I64, a => Cast.I64(a.Aggregate(0L, (s, x) => unchecked(s + Cast.ToInt64(x))))));
        t.Add(Make("sub", [Any, Any], I64, a => Cast.I64(unchecked(Cast.ToInt64(a[0]) - Cast.ToInt64(a[1])))));
        t.Add(Make("div", [Any, Any], I64, a => Cast.I64(Div(Cast.ToInt64(a[0]), Cast.ToInt64(a[1])))));
        t.Add(Make("mod", [Any, Any], I64, a => Cast.I64(Cast.ToInt64(a[1]) == 0 ? throw new TemplateFunctionException("runtime error: integer divide by zero") : Cast.ToInt64(a[0]) % Cast.ToInt64(a[1]))));
        t.Add(Variadic("mul", [Any, Any], I64, a => Cast.I64(a.Aggregate(1L, (s, x) => unchecked(s * Cast.ToInt64(x))))));
        t.Add(Variadic("max", [Any, Any], I64, a => Cast.I64(a.Max(Cast.ToInt64))));
        t.Add(Variadic("biggest", [Any, Any], I64, a => Cast.I64(a.Max(Cast.ToInt64))));
        t.Add(Variadic("min", [Any, Any], I64, a => Cast.I64(a.Min(Cast.ToInt64))));
        t.Add(Make("add1f", [Any], F64, a => Dec(a[0]) + 1m is var d ? (double)d : 0));
        t.Add(Variadic("addf", [Any], F64, a => D(a.Aggregate(0m, (s, x) => s + Dec(x)))));
        t.Add(Variadic("subf", [Any, Any], F64, a => D(a[1..].Aggregate(Dec(a[0]), (s, x) => s - Dec(x)))));
        t.Add(Variadic("mulf", [Any, Any], F64, a => D(a[1..].Aggregate(Dec(a[0]), (s, x) => s * Dec(x)))));
        t.Add(Variadic("divf", [Any, Any], F64, a => D(a[1..].Aggregate(Dec(a[0]), (s, x) => Dec(x) == 0 ? throw new TemplateFunctionException("decimal division by 0") : Math.Round(s / Dec(x), 16)))));
        t.Add(Variadic("maxf", [Any, Any], F64, a => a.Max(Cast.ToFloat64)));
        t.Add(Variadic("minf", [Any, Any], F64, a => a.Min(Cast.ToFloat64)));
        t.Add(Make("ceil", [Any], F64, a => Math.Ceiling(Cast.ToFloat64(a[0]))));
        t.Add(Make("floor", [Any], F64, a => Math.Floor(Cast.ToFloat64(a[0]))));
        t.Add(Variadic("round", [Any, Int, F64], F64, a => Round(Cast.ToFloat64(a[0]), (long)a[1]!, a.Length > 2 ? (double)a[2]! : 0.5)));
        t.Add(Make("randInt", [Int, Int], Int, a => (long)a[0]! + Random.Shared.NextInt64(Math.Max(1, (long)a[1]! - (long)a[0]!))));
        t.Add(Make("toDecimal", [Any], I64, a => Cast.I64(Octal(Cast.Str(a[0])))));
    }

    private static double D(decimal d) => double.Parse(d.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static long Div(long a, long b) => b == 0 ? throw new TemplateFunctionException("runtime error: integer divide by zero") : a / b;

    private static decimal Dec(object? v)
    {
        var d = Cast.ToFloat64(v);
        return double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? (decimal)d : 0m;
    }

    private static double Round(double a, long p, double r)
    {
        var pow = Math.Pow(10, p);
        var digit = pow * a;
        var div = digit - Math.Truncate(digit);
        return (div >= r ? Math.Ceiling(digit) : Math.Floor(digit)) / pow;
    }

    private static long Octal(string s)
    {
        long v = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '7')
            {
                return 0;
            }

            v = (v * 8) + (c - '0');
        }

        return v;
    }
}
