using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for cloud credentials, written from the published formats; every example is synthetic.</summary>
internal static class CloudRules
{
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-001", Title = "AWS access key ID", Severity = Severity.High,
            Keywords = ["akia", "asia", "abia", "acca", "a3t"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?:[^0-9A-Za-z_]|\z)",
            // Sixteen random base32 characters reach about 3.5 bits; a repeated word such as TESTTESTTESTTEST stays under 3.
            MinEntropy = 3.0, FiltersPlaceholders = true,
            Positives = ["aws_access_key_id = AKIATCYIUKRZLMXHAOUJ", "\"AccessKeyId\": \"ASIABOPUKUUEXMWZQWVJ\""],
            Negatives = ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "id: XAKIAMGGFCWIEMVULQAPA", "short AKIAXUHFSIQQQYRG", "aws_access_key_id = AKIABBBBCCCCBBBBCCCC"],
        },
        new()
        {
            Id = "RMP-SECRET-002", Title = "AWS secret access key", Severity = Severity.Critical,
            Keywords = ["aws"],
            Pattern = @"(?i)aws[A-Za-z0-9_.-]{0,20}(?:secret|sk)[A-Za-z0-9_.-]{0,20}[""\x27]?\s{0,3}(?::|=>?|:=)\s{0,3}[""\x27]?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|\z)",
            MinEntropy = 4.0, FiltersPlaceholders = true, OwnsNames = @"(?i)\Aaws[A-Za-z0-9_.-]{0,20}(?:secret|sk)",
            Positives = ["aws_secret_access_key = b9Pz8BFsDcypumM23J36ZPFyfxCjE7I6DH1uuTIq", "AWS_SECRET_ACCESS_KEY: \"Unh+EN/UlO1RwnssUHF7Rm05p0xvml0elgcgjzuy\""],
            Negatives = ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = ${AWS_SECRET}", "aws_secret_access_key = FJs7zrQEB8k9EbVHLYKPf7GCe/O+wFbUx31L/7LjXaJ8YfjFFhFECdTR=="],
        },
        new()
        {
            Id = "RMP-SECRET-003", Title = "Amazon MWS auth token", Severity = Severity.High,
            Keywords = ["amzn.mws"],
            Pattern = @"(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
            Positives = ["mws_token=amzn.mws.2a9ac12a-4312-8679-b770-6ab615113725"],
            Negatives = ["amzn.mws.9adf6342-c785"],
        },
        new()
        {
            Id = "RMP-SECRET-004", Title = "GCP service account private key ID", Severity = Severity.Critical,
            Keywords = ["private_key_id"],
            Pattern = @"""private_key_id""\s*:\s*""([0-9a-f]{40})""",
            Positives = ["{\"type\": \"service_account\", \"private_key_id\": \"996483b5c617f4ec9caf811bfe271322ca029b73\","],
            Negatives = ["\"private_key_id\": \"d87e92c3331b820acb23\"", "\"private_key_id\": \"${KEY_ID}\""],
        },
        new()
        {
            Id = "RMP-SECRET-005", Title = "Google API key", Severity = Severity.High,
            Keywords = ["aiza"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["GOOGLE_API_KEY=AIzaKCggVgP2Cf4NGVkI-jl8cHC-xXQ4QTuRwSO", "key: \"AIza-VT3sNzaQbqsY0z-qN-myrwXn_qOKPadoNe\""],
            Negatives = ["AIzamqKBr-aSauc4xxZ7-LVT", "xAIzai4PRNP8dv9xt77Gbu2lmXxhCMqno7RC8Gqz"],
        },
        new()
        {
            Id = "RMP-SECRET-006", Title = "Google OAuth client secret", Severity = Severity.High,
            Keywords = ["gocspx-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(GOCSPX-[A-Za-z0-9_-]{28})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["client_secret: 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"],
            Negatives = ["GOCSPX-x025oMa4Gk"],
        },
        new()
        {
            Id = "RMP-SECRET-007", Title = "Azure storage account key", Severity = Severity.Critical,
            Keywords = ["accountkey"],
            Pattern = @"(?i)AccountKey=([A-Za-z0-9+/]{86}==)",
            Positives = ["DefaultEndpointsProtocol=https;AccountName=accta76far;AccountKey=ZTGgNdDm1YWm2eI37yIG41lAfeu3VGeDjkJNMd4zCDFR3TURvNPajsPLnEz9lyKc5L3NSwBFGrqb+Fqa3SHBm+==;EndpointSuffix=core.windows.net"],
            Negatives = ["AccountKey=<your-key>", "AccountKey=aNvREpSO3+R9DHE4WEdpP9i4vSx8C8DmcQVGAlcx=="],
        },
        new()
        {
            Id = "RMP-SECRET-008", Title = "Azure shared access key", Severity = Severity.High,
            Keywords = ["sharedaccesskey"],
            Pattern = @"(?i)SharedAccessKey=([A-Za-z0-9+/]{43}=)",
            Positives = ["Endpoint=sb://nsqto9k2.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=oEW+68egvHAVU0WgPr1vp+i7lCHaKSHgTO/k7X4wxSt="],
            Negatives = ["SharedAccessKey=${SAS_KEY}", "SharedAccessKeyName=RootManageSharedAccessKey"],
        },
        new()
        {
            Id = "RMP-SECRET-009", Title = "Azure AD client secret", Severity = Severity.High,
            Keywords = ["q~"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|\z)",
            Positives = ["AZURE_CLIENT_SECRET=xQz8Q~clov4bCGJSpUu1DQfXYVtHqAmOg-0Ir9t0"],
            Negatives = ["SZz8Q~wfwwhUYNQH", "value: Q~ only"],
        },
        new()
        {
            Id = "RMP-SECRET-010", Title = "Azure SAS signature", Severity = Severity.Medium,
            Keywords = ["sig="],
            Pattern = @"(?i)[?&]sv=[0-9-]{10}[^\s""\x27]{0,200}?&sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})",
            Positives = ["https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=r&se=2030-01-01T00:00:00Z&sig=EhrzfvIudxnSf0wECRjhzcRS2avVqbi1gaUxvxc929+%3D"],
            Negatives = ["https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>"],
        },
        new()
        {
            Id = "RMP-SECRET-011", Title = "Alibaba Cloud AccessKey ID", Severity = Severity.High,
            Keywords = ["ltai"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(LTAI[A-Za-z0-9]{12,20})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIwll2TVoue9SWNoMBkTGE"],
            Negatives = ["LTAIzWT9U5", "xLTAIqH3fHMA40utDdAuyMrPv"],
        },
        new()
        {
            Id = "RMP-SECRET-012", Title = "Tencent Cloud SecretId", Severity = Severity.High,
            Keywords = ["akid"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(AKID[A-Za-z0-9]{32})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["TENCENTCLOUD_SECRET_ID=AKIDHv7cNs6BHhwW6GqMU9GvNXnkyoV1b1DB"],
            Negatives = ["AKIDCUvzSNrljkLE8oZd"],
        },
        new()
        {
            Id = "RMP-SECRET-013", Title = "IBM Cloud API key", Severity = Severity.High,
            Keywords = ["ibm"],
            Pattern = @"(?i)(?:ibm[_.-]?(?:cloud)?[_.-]?api[_.-]?key)[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([A-Za-z0-9_-]{44})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.5, FiltersPlaceholders = true,
            Positives = ["IBMCLOUD_API_KEY=cpm1mI_pwnAEGbMw6_cek04vG22bS7NFIDTRJZJeUUk7", "ibm_api_key: \"MsZtFUrECEjGw0QV9Dkh2EukxAW--TQvKxpLbGz71_nA\""],
            Negatives = ["IBMCLOUD_API_KEY=${KEY}", "ibm_api_key: short5mGJvxnf"],
        },
        new()
        {
            Id = "RMP-SECRET-014", Title = "DigitalOcean personal access token", Severity = Severity.High,
            Keywords = ["dop_v1_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(dop_v1_[a-f0-9]{64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["DIGITALOCEAN_TOKEN=dop_v1_b35984e83902b5497d2bdc6b09b1bf8930c8991c96caaa86545dae1632cd5b73"],
            Negatives = ["dop_v1_7436dcdcb7c57cbddd150c5e4f09b545"],
        },
        new()
        {
            Id = "RMP-SECRET-015", Title = "DigitalOcean OAuth or refresh token", Severity = Severity.High,
            Keywords = ["doo_v1_", "dor_v1_"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(do[or]_v1_[a-f0-9]{64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["token: doo_v1_2b7633a1a02de558598c3b1cbc9a3a90cf01ebf892701cf9f4c29ee014811060", "dor_v1_4d9e8b43b8e01560d1ac1dc014af49111c9d8c12546064c099a8591cc0f1d038"],
            Negatives = ["doo_v1_c2c68c13b8007d5f390a53fb4ba683a1a369c275"],
        },
        new()
        {
            Id = "RMP-SECRET-016", Title = "Heroku API key", Severity = Severity.High,
            Keywords = ["hrku-", "heroku"],
            Pattern = @"(?:(?:\A|[^0-9A-Za-z_])(HRKU-[A-Za-z0-9_-]{60})(?:[^0-9A-Za-z_-]|\z)|(?i)heroku[^\n]{0,30}?[=:""\x27\s]\s{0,3}[""\x27]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^0-9A-Za-z_]|\z))",
            Positives = ["HEROKU_API_KEY=f39c24e9-8b74-447f-7089-3bcf4e395e31", "HRKU-X8TZx1fr4ISDQFGrWqaC7T743vH-SXP3yXGugQ03djwcSFG19GuNoc8a9MXL"],
            Negatives = ["HRKU-5BDrN-dFtu72TFZkkSla", "request_id = fa58cbd5-d2f3-036d-8135-75517f87f009"],
        },
        new()
        {
            Id = "RMP-SECRET-017", Title = "Cloudflare API token", Severity = Severity.High,
            Keywords = ["cfat_", "cfut_", "cfk_", "cloudflare"],
            Pattern = @"(?:(?:\A|[^0-9A-Za-z_])(cf(?:at|ut|k)_[A-Za-z0-9]{40}[0-9a-f]{8})(?:[^0-9A-Za-z_]|\z)|(?i)cloudflare[A-Za-z0-9_.-]{0,20}(?:token|key)[""\x27]?\s{0,3}[=:]\s{0,3}[""\x27]?([A-Za-z0-9_-]{40})(?:[^0-9A-Za-z_-]|\z))",
            FiltersPlaceholders = true,
            Positives = ["CLOUDFLARE_API_TOKEN=gJlWuGO2HDOmLzJM9woVIVsg8XEkoVSaxaxuyMa3", "cfat_mWv2drRByNZlCvmcTe8REvqeeYMNvYZZzlILjuNH7142895c"],
            Negatives = ["cfat_eoNxQfw2VB", "cloudflare_zone = yhxux6k53x0w"],
        },
        new()
        {
            Id = "RMP-SECRET-018", Title = "Cloudflare Origin CA key", Severity = Severity.High,
            Keywords = ["v1.0-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["origin_ca_key = v1.0-3c0dc87963729951dc66f2c4-fb7ad851b094c2ee56c294c231d482dd1637a477baca6dbd554c9d3c7b3b18819e1fd8ac722f1afe49717e6f39ab506b7879dd3c07c36be78835e76b6f81101365d57ee690d91ddab7"],
            Negatives = ["v1.0-3dbccb15d0d76e3b672385b1"],
        },
        new()
        {
            Id = "RMP-SECRET-019", Title = "Fastly API token", Severity = Severity.High,
            Keywords = ["fastly"],
            Pattern = @"(?i)(?:fastly[A-Za-z0-9_.-]{0,20}(?:token|key))[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([A-Za-z0-9_-]{32})(?:[^0-9A-Za-z_]|\z)",
            MinEntropy = 3.5, FiltersPlaceholders = true,
            Positives = ["FASTLY_API_TOKEN=F21m3spqvKpyCap6urtoSOFg3y-35AQH"],
            Negatives = ["FASTLY_API_TOKEN=${FASTLY}", "fastly_service_id = 2ayg92qo"],
        },
    ];
}
