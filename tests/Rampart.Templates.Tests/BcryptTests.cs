using System.Text;
using Rampart.Templates.Functions;

namespace Rampart.Templates.Tests;

public sealed class BcryptTests
{
    /// <summary>Hashes made by libxcrypt's bcrypt (glibc <c>crypt</c>) for the same password, salt and cost.</summary>
    [Theory]
    [InlineData("password", "$2a$04$abcdefghijklmnopqrstuughE8Ev8uGFaUgY2cNEySvxngrb/Jzdm")]
    [InlineData("", "$2a$05$ABCDEFGHIJKLMNOPQRSTUuaQaBlXesN3bM4RplpWRXTYnpuMxWACS")]
    [InlineData("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")]
    [InlineData("päss wörd", "$2a$10$0123456789abcdefghijku0OLagNm3EKRxqiaI.xE2czHR0qDYxFa")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "$2a$04$zyxwvutsrqponmlkjihgfeUIb02e2j50rSgXWN4Rr0POqFVytJFRu")]
    public void Bcrypt_hash_is_the_one_libxcrypt_makes_for_the_same_salt_and_cost(string password, string expected)
    {
        var cost = int.Parse(expected.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        var salt = Bcrypt.Decode(expected.Substring(7, 22));
        Assert.Equal(expected, Bcrypt.Hash(Encoding.UTF8.GetBytes(password), salt, cost));
    }

    [Fact]
    public void Blowfish_initial_state_is_the_fraction_of_pi()
    {
        var words = Bcrypt.PiFraction(18 + 1024);
        Assert.Equal(0x243F6A88u, words[0]);
        Assert.Equal(0x8979FB1Bu, words[17]);
        Assert.Equal(0xD1310BA6u, words[18]);
        Assert.Equal(0x3AC372E6u, words[^1]);
    }

    [Fact]
    public void A_password_over_72_bytes_is_refused_as_Go_refuses_it()
    {
        Assert.Equal("failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes", Bcrypt.Generate(new string('a', 73)));
    }
}
