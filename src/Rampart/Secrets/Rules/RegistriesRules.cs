using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for registries credentials, written from the published formats; every example is synthetic.</summary>
internal static class RegistriesRules
{
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-060", Title = "npm access token", Severity = Severity.Critical,
            Keywords = ["npm_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(npm_[A-Za-z0-9]{36})(?:[^0-9A-Za-z_]|\z)",
            Check = SecretCheck.GitHubChecksum,
            Positives = ["//registry.npmjs.org/:_authToken=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"],
            Negatives = ["npm_lSSD2heulc3E4nTbE7pgy0IGn5O5Pd2AVwAA", "npm_2MQv49mZoKNNlxE7ulyM"],
        },
        new()
        {
            Id = "RMP-SECRET-061", Title = "npm registry credential in .npmrc", Severity = Severity.High,
            Keywords = ["_authtoken", "_auth", "_password"],
            Pattern = @"(?m)(?:_authToken|_auth|_password)\s*=\s*[""\x27]?([A-Za-z0-9+/=._-]{16,})[""\x27]?\s*$",
            MinEntropy = 3.5, FiltersPlaceholders = true,
            Positives = ["//npm.example.org/:_authToken=NcUyl81vCSTk9O9Nzzg2xkbzqzp6XxCFGvaQ"],
            Negatives = ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}"],
        },
        new()
        {
            Id = "RMP-SECRET-062", Title = "NuGet API key", Severity = Severity.High,
            Keywords = ["oy2"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(oy2[a-z0-9]{43})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["dotnet nuget push -k oy2pp14f2ks5y2s8kyw0ivie7jac8t0uw4ikicrsmrwuld"],
            Negatives = ["oy2s4uye9zi4x17l335at9p"],
        },
        new()
        {
            Id = "RMP-SECRET-063", Title = "PyPI upload token", Severity = Severity.Critical,
            Keywords = ["pypi-ageichlwas5wexbplm9yzw", "pypi-agenkgvzdc5wexbplm9yzw", "pypi-ageichlwas5vcmc"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})",
            Positives = ["password = pypi-AgEIcHlwaS5vcmcKMW1gFHV9pQFRBtdkr6HB37mpLS4Xm1EOIoi1VlhzduZrf-dnnUKuFG9uMYWUp1SNRQrpE"],
            Negatives = ["pypi-AgEIcHlwaS5vcmcgP1zvGdsMx"],
        },
        new()
        {
            Id = "RMP-SECRET-064", Title = "RubyGems API key", Severity = Severity.High,
            Keywords = ["rubygems_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(rubygems_[a-f0-9]{48})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["GEM_HOST_API_KEY=rubygems_04cd865c255abdef3a71d6223ec461462af79bdda3a4febb"],
            Negatives = ["rubygems_48e7a5b6dc2f"],
        },
        new()
        {
            Id = "RMP-SECRET-065", Title = "Hugging Face access token", Severity = Severity.High,
            Keywords = ["hf_", "api_org_"],
            Pattern = @"(?:\A|[^A-Za-z0-9])((?:hf|api_org)_[A-Za-z]{34})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["HF_TOKEN=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"],
            Negatives = ["hf_luMxdWBLAXamGNzlwoUsQtAAwoEHkLoIX", "xhf_rUvnwZJDeblePshHSekmkIixFTkFKySEwM", "hf_Fake1zZldRzriOzdVJSCEzlzuTCaRUTPVt"],
        },
        new()
        {
            Id = "RMP-SECRET-066", Title = "Databricks access token", Severity = Severity.High,
            Keywords = ["dapi"],
            Pattern = @"(?:\A|[^A-Za-z0-9])(dapi[a-fA-F0-9]{32}(?:-[0-9])?)(?:[^0-9A-Za-z_]|\z)",
            Positives = ["DATABRICKS_TOKEN=dapic0439ce6417587a15f9a32c0b1a10813"],
            Negatives = ["dapia1dc", "mydapiaeff60b7e01af56fbe0050ec5f144fe1"],
        },
        new()
        {
            Id = "RMP-SECRET-067", Title = "OpenAI API key", Severity = Severity.Critical,
            Keywords = ["t3blbkfj"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["OPENAI_API_KEY=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", "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"],
            Negatives = ["sk-ElzzehCUFnNUTb9nKCdqabcdefghb5qm1FRyIFolEaTqm5sp"],
        },
        new()
        {
            Id = "RMP-SECRET-068", Title = "Anthropic API key", Severity = Severity.Critical,
            Keywords = ["sk-ant-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["ANTHROPIC_API_KEY=sk-ant-api03--6CtmQbPBWZus4gDntDo4t2gK2MaSxbNbw9LRSx1JsJ1-La_rJSPBW_Snri5grGKzS41uRp_Btc-VzGc1ZXJrmQFWO3iOAA"],
            Negatives = ["sk-ant-api02-notarealkey"],
        },
        new()
        {
            Id = "RMP-SECRET-069", Title = "Groq API key", Severity = Severity.High,
            Keywords = ["gsk_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(gsk_[A-Za-z0-9]{52})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["GROQ_API_KEY=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"],
            Negatives = ["gsk_abc123"],
        },
        new()
        {
            Id = "RMP-SECRET-070", Title = "Grafana Cloud API token", Severity = Severity.High,
            Keywords = ["glc_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(glc_[A-Za-z0-9+/]{32,400}={0,2})",
            Positives = ["GRAFANA_CLOUD_TOKEN=glc_HB938Nfc24MZJxnvwH0sD4juA2ZtzmneIePh6i57fbKf7XybAXjqNIps/fNu=="],
            Negatives = ["glc_short"],
        },
        new()
        {
            Id = "RMP-SECRET-071", Title = "Grafana service account token", Severity = Severity.High,
            Keywords = ["glsa_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["GRAFANA_TOKEN=glsa_hROieq5Ly78nsgcgWzHZU3v7BST1BZiT_c7723655"],
            Negatives = ["glsa_zAdhf1Hc"],
        },
        new()
        {
            Id = "RMP-SECRET-072", Title = "New Relic user API key", Severity = Severity.High,
            Keywords = ["nrak-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(NRAK-[A-Z0-9]{27})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["NEW_RELIC_API_KEY=NRAK-N403A1630WCC2MAW4RADD1UOA32"],
            Negatives = ["NRAK-ZODIU0HXMI"],
        },
        new()
        {
            Id = "RMP-SECRET-073", Title = "New Relic license or insights key", Severity = Severity.Medium,
            Keywords = ["nrii-", "nrjs-", "nral"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])((?:NRII-[A-Za-z0-9_-]{32}|NRJS-[a-f0-9]{19}|[a-f0-9]{36}NRAL))(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["NEW_RELIC_LICENSE_KEY=3e4a51648548d3763d3f1e5165e77fec702cNRAL", "NRJS-78499737ab8b7211cfd"],
            Negatives = ["NRJS-78f5b"],
        },
        new()
        {
            Id = "RMP-SECRET-074", Title = "Notion integration token", Severity = Severity.High,
            Keywords = ["ntn_", "secret_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])((?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}))(?:[^0-9A-Za-z_]|\z)",
            Positives = ["NOTION_TOKEN=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"],
            Negatives = ["ntn_abc", "secret_abc123"],
        },
        new()
        {
            Id = "RMP-SECRET-075", Title = "Dynatrace API token", Severity = Severity.High,
            Keywords = ["dt0c01."],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["DT_API_TOKEN=dt0c01.GVMH1G50VWY299MBV6RZ99JL.Y3AZN3AX7WR2CCZDP80KTRX123SHZH4JYS06EW5R3DJQ7CSFJRWZP0BIT3NCO4ME"],
            Negatives = ["dt0c01.RV43WCHWVPZJAQROF0WTFD0J"],
        },
        new()
        {
            Id = "RMP-SECRET-076", Title = "SendGrid API key", Severity = Severity.High,
            Keywords = ["sg."],
            Pattern = @"(?:\A|[^A-Za-z0-9])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["SENDGRID_API_KEY=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"],
            Negatives = ["SG.s0j_wsh0hV2yDMTK2m9UNC", "notSG.NTzmyqKPz1RvtwxF2qrvK7.19eJgNhIYoXZYxpv2XY-ZhOr4hO3QF7lvQD-4JeqtEn"],
        },
        new()
        {
            Id = "RMP-SECRET-077", Title = "Mailgun API key", Severity = Severity.High,
            Keywords = ["key-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(key-[0-9a-f]{32})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["MAILGUN_API_KEY=key-d48cdddc885d8b9206fafdd6aa76e791"],
            Negatives = ["key-aa71bc8f69", "monkey-bf4e4805dc3334aea1534ab40b4e5d12"],
        },
        new()
        {
            Id = "RMP-SECRET-078", Title = "Mailchimp API key", Severity = Severity.High,
            Keywords = ["-us"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])([0-9a-f]{32}-us[0-9]{1,2})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["MAILCHIMP_KEY=f3586a4d6b773e20bca1c6f31baf8b1c-us14"],
            Negatives = ["25dd462da8ea633b8409e33a981339b9-eu1"],
        },
        new()
        {
            Id = "RMP-SECRET-079", Title = "Twilio API key", Severity = Severity.High,
            Keywords = ["twilio", "sk"],
            Pattern = @"(?:\A|[^A-Za-z0-9])(SK[0-9a-f]{32})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["TWILIO_API_KEY=SKea5e901105d36eacafb23afd365a3b6c"],
            Negatives = ["SK10737f29cc01", "TASK0fbfcf29841c0af5d7045403aac0afae"],
        },
        new()
        {
            Id = "RMP-SECRET-080", Title = "Twilio auth token", Severity = Severity.High,
            Keywords = ["twilio"],
            Pattern = @"(?i)(?:twilio[A-Za-z0-9_.-]{0,20}(?:auth|token|secret))[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([a-f0-9]{32})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.0, FiltersPlaceholders = true,
            Positives = ["TWILIO_AUTH_TOKEN=c4b114ddd3e3a63f50cd44c245b2041f"],
            Negatives = ["TWILIO_AUTH_TOKEN=${TWILIO}"],
        },
        new()
        {
            Id = "RMP-SECRET-081", Title = "Datadog API or application key", Severity = Severity.High,
            Keywords = ["datadog", "dd_api", "dd-api", "dd.api", "ddapi", "dd_app", "dd-app", "dd.app", "ddapp"],
            Pattern = @"(?i)(?:(?:datadog|dd)[_.-]?(?:api|app|application)[_.-]?key)[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([a-f0-9]{32}|[a-f0-9]{40})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.0, FiltersPlaceholders = true,
            Positives = ["DD_API_KEY=54571daa8d26ec7e97e7c6cf8833fd93", "datadog_app_key: \"ebc7c2b4b89623524a3ff22a73ac4f4c8cff848d\""],
            Negatives = ["DD_API_KEY=${DD_API_KEY}"],
        },
        new()
        {
            Id = "RMP-SECRET-082", Title = "PagerDuty API key", Severity = Severity.High,
            Keywords = ["pagerduty"],
            Pattern = @"(?i)(?:pagerduty[A-Za-z0-9_.-]{0,20}(?:key|token))[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([A-Za-z0-9_+-]{20})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.5, FiltersPlaceholders = true,
            Positives = ["PAGERDUTY_TOKEN=u+LyL6zfulKHijz-tOC9"],
            Negatives = ["PAGERDUTY_TOKEN=${PD}"],
        },
        new()
        {
            Id = "RMP-SECRET-083", Title = "Okta API token", Severity = Severity.High,
            Keywords = ["okta"],
            Pattern = @"(?i)(?:okta[A-Za-z0-9_.-]{0,20}(?:token|key))[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?(00[A-Za-z0-9_-]{40})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.5, FiltersPlaceholders = true,
            Positives = ["OKTA_API_TOKEN=00I6KstCHv7rEzaqlzFEZNoGpqPh6XUaQTt5-Wpo08"],
            Negatives = ["OKTA_API_TOKEN=${OKTA}"],
        },
        new()
        {
            Id = "RMP-SECRET-084", Title = "Mapbox secret token", Severity = Severity.High,
            Keywords = ["sk.eyj"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(sk\.eyJ[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{20,})",
            Positives = ["MAPBOX_TOKEN=sk.eyJHXc4z5qXGlxn5RrhMCWP75nyekR5Aqt0eaXOzRtjgkNj4r0MxuPhRVBFRqdX.kT3UaQ_tUSe8vQvAYqp4P9"],
            Negatives = ["pk.eyJu1xq7UlPocy11pLHqdHcRIwaRC8e6R7AuzPxAyrwF0Y8p9qIIQRHQ91psMoJ.9OIx4M7pMNmVLfiDpVRlDc"],
        },
        new()
        {
            Id = "RMP-SECRET-085", Title = "Figma access token", Severity = Severity.High,
            Keywords = ["figd_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(figd_[A-Za-z0-9_-]{40,})",
            Positives = ["FIGMA_TOKEN=figd_E_JcWRtv3MpD6tTjBW2VsN5n2YYQcsZyGDOYdpRz"],
            Negatives = ["figd_abc"],
        },
        new()
        {
            Id = "RMP-SECRET-086", Title = "age secret key", Severity = Severity.Critical,
            Keywords = ["age-secret-key-1"],
            Pattern = @"(AGE-SECRET-KEY-1[0-9A-Z]{58})",
            Positives = ["AGE-SECRET-KEY-1O7TCW4VYFWPJUNBGCVTOGNMZ7QF0943QQCLCH28QHKKJF9VBR8V7PW62OD"],
            Negatives = ["AGE-SECRET-KEY-1M73X42U64DB0TNOAYOKD"],
        },
    ];
}
