using Rampart.Cel.Values;
using static Rampart.Cel.Tests.Libraries.LibraryHarness;

namespace Rampart.Cel.Tests.Libraries.Extensions;

public sealed class SetsAndEncodersLibraryTests
{
    [Fact]
    public void Sets_compare_lists_as_sets_with_cel_equality()
    {
        Is(B(true), Call("list_sets_contains_list", L(I(1), I(2), I(3)), L(I(3), D(1.0))));
        Is(B(false), Call("list_sets_contains_list", L(I(1)), L(I(2))));
        Is(B(true), Call("list_sets_contains_list", L(), L()));
        Is(B(true), Call("list_sets_equivalent_list", L(I(1), I(1), I(2)), L(U(2), I(1))));
        Is(B(false), Call("list_sets_equivalent_list", L(I(1)), L(I(1), I(2))));
        Is(B(true), Call("list_sets_intersects_list", L(L(I(1))), L(L(D(1.0)))));
        Is(B(false), Call("list_sets_intersects_list", L(), L(I(1))));
    }

    [Fact]
    public void Base64_round_trips_and_accepts_missing_padding()
    {
        Is(S("aGVsbG8="), Call("base64_encode_bytes", CelBytes.FromUtf8("hello")));
        Is(CelBytes.FromUtf8("hello"), Call("base64_decode_string", S("aGVsbG8=")));
        Is(CelBytes.FromUtf8("hello"), Call("base64_decode_string", S("aGVsbG8")));
        IsError(Call("base64_decode_string", S("a")), "illegal base64 data at input byte 0");
    }
}
