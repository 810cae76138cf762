using Rampart.Secrets;

namespace Rampart.Tests.Secrets;

public sealed class SecretChecksTests
{
    // Made for these tests: thirty random base62 characters and their CRC32 in base62, computed outside this code.
    private const string ValidClassic = "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";

    [Fact]
    public void A_GitHub_token_whose_last_six_characters_are_the_checksum_passes()
    {
        Assert.True(SecretChecks.HasGitHubChecksum(ValidClassic));
        Assert.True(SecretChecks.HasGitHubChecksum("npm" + ValidClassic[3..]));
    }

    [Theory]
    [InlineData("ghp_VAqMSATrvnKVLCGSkjRIZeuq2kGKYm2hjGGK")]
    [InlineData("ghp_WAqMSATrvnKVLCGSkjRIZeuq2kGKYm2hjGGJ")]
    [InlineData("ghp_1234567890abcdefghij1234567890abcdef")]
    public void A_GitHub_token_with_a_wrong_checksum_fails(string token)
    {
        Assert.False(SecretChecks.HasGitHubChecksum(token));
    }

    [Fact]
    public void The_checksum_is_the_standard_CRC32()
    {
        // The check value of CRC-32/ISO-HDLC for "123456789".
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"));
    }

    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWhlcmU", true)]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWhlcmU", false)]
    [InlineData("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWhlcmU", false)]
    [InlineData("eyJub3QganNvbg.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLWhlcmU", false)]
    public void A_JWT_needs_a_header_with_a_signing_algorithm(string token, bool signed)
    {
        Assert.Equal(signed, SecretChecks.IsSignedJwt(token));
    }

    [Theory]
    [InlineData("s3cr3tP4ss", true)]
    [InlineData("getPassword", false)]
    [InlineData("config.db.password", false)]
    [InlineData("12345678", false)]
    [InlineData("/run/secrets/db", false)]
    public void A_generic_value_must_look_like_a_secret_not_like_code(string value, bool secret)
    {
        Assert.Equal(secret, SecretChecks.LooksLikeAssignedSecret(value));
    }

    [Theory]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("<password>")]
    [InlineData("changeme")]
    [InlineData("xxxxxxxxxxxx")]
    [InlineData("your-token-here")]
    [InlineData("{{ .Values.password }}")]
    public void Placeholders_are_recognised(string value)
    {
        Assert.True(Placeholders.IsPlaceholder(value));
    }

    [Fact]
    public void A_random_value_is_not_a_placeholder()
    {
        Assert.False(Placeholders.IsPlaceholder("q8Zt2LmW9vXr"));
    }
}
