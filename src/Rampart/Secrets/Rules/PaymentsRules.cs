using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for payments credentials, written from the published formats; every example is synthetic.</summary>
internal static class PaymentsRules
{
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-053", Title = "Stripe live secret key", Severity = Severity.Critical,
            Keywords = ["sk_live_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(sk_live_[0-9A-Za-z]{24,247})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["STRIPE_SECRET_KEY=sk_live_3Hgc5l1bEzBzFS3pw3M8v4fr", "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"],
            Negatives = ["pk_live_g2VpheLFjtkizYH42jzQ9JNH", "xsk_live_mx3oBxFtyN65BNyerRqSNcfH", "sk_live_short"],
        },
        new()
        {
            Id = "RMP-SECRET-054", Title = "Stripe restricted key", Severity = Severity.High,
            Keywords = ["rk_live_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(rk_live_[0-9A-Za-z]{24,247})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["STRIPE_KEY=rk_live_pmpsm6hurXd6Wv1fBTtAGEG9"],
            Negatives = ["rk_live_x"],
        },
        new()
        {
            Id = "RMP-SECRET-055", Title = "Stripe test secret key", Severity = Severity.Low,
            Keywords = ["sk_test_", "rk_test_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])([sr]k_test_[0-9A-Za-z]{24,247})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["sk_test_jNHeO59acdnDrLlt5sf1J05a"],
            Negatives = ["pk_test_132WCW2ZhNRn9z76BLhqdXxq"],
        },
        new()
        {
            Id = "RMP-SECRET-056", Title = "Stripe webhook signing secret", Severity = Severity.High,
            Keywords = ["whsec_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(whsec_[A-Za-z0-9+/]{32,})",
            Positives = ["STRIPE_WEBHOOK_SECRET=whsec_ahcEk9z8Cx7LcwRYZqZwahIqLK1zjYoE"],
            Negatives = ["whsec_short"],
        },
        new()
        {
            Id = "RMP-SECRET-057", Title = "Square access token", Severity = Severity.High,
            Keywords = ["eaaa", "sq0csp-", "sq0atp-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])((?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}))(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["SQUARE_TOKEN=EAAA_hB-j4yu4G0-qyL0wOl9gqGgsnSwXdSh6zWO9cF_d--72w489h3VN_4XgUky", "sq0csp-GKZN1uzpJ7_maE9RfIlVa6IBR3-_H5dQIrN7SvQ3S8p"],
            Negatives = ["EAAA1UlRN9y7lxW7x2qqsO81"],
        },
        new()
        {
            Id = "RMP-SECRET-058", Title = "Shopify access token", Severity = Severity.High,
            Keywords = ["shpat_", "shpca_", "shppa_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(shp(?:at|ca|pa)_[a-zA-Z0-9]{32,64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["SHOPIFY_TOKEN=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"],
            Negatives = ["shpat_1877973b"],
        },
        new()
        {
            Id = "RMP-SECRET-059", Title = "Shopify shared secret", Severity = Severity.High,
            Keywords = ["shpss_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(shpss_[a-zA-Z0-9]{32,64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["SHOPIFY_SECRET=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"],
            Negatives = ["shpssSSSSS_SSSS_sssss is not api key"],
        },
    ];
}
