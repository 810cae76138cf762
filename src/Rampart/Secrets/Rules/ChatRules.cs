using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for chat credentials, written from the published formats; every example is synthetic.</summary>
internal static class ChatRules
{
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-044", Title = "Slack bot token", Severity = Severity.High,
            Keywords = ["xoxb-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(xoxb-[0-9]{10,13}-[0-9]{10,13}-?[A-Za-z0-9]{0,32})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["SLACK_BOT_TOKEN=xoxb-114279683938-0219361879328-dMFuMjoPxmfJfSTqxJ7I1jvH"],
            Negatives = ["xoxb-short", "xoxb-4503"],
        },
        new()
        {
            Id = "RMP-SECRET-045", Title = "Slack user token", Severity = Severity.High,
            Keywords = ["xoxp-", "xoxe"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])((?:xoxe\.)?xox[pe]-[0-9]{1,13}-[0-9]{10,13}-[0-9]{10,13}-[a-z0-9]{28,34})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["SLACK_USER_TOKEN=xoxp-638021969640-193526336017-7219990266560-5c3a290e59fc065a2b84638464a6306b"],
            Negatives = ["xoxp-460241780039"],
        },
        new()
        {
            Id = "RMP-SECRET-046", Title = "Slack app-level token", Severity = Severity.High,
            Keywords = ["xapp-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-z0-9]{32,64})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["SLACK_APP_TOKEN=xapp-1-ARTQDXCCDDI-2613491599794-de206c6313da471564f22e9df73155e2fb84ac2da5c47a8fde1bec5db155b442"],
            Negatives = ["xapp-1-short"],
        },
        new()
        {
            Id = "RMP-SECRET-047", Title = "Slack legacy or refresh token", Severity = Severity.Medium,
            Keywords = ["xoxa-", "xoxr-", "xoxo-", "xoxs-"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(xox[aors]-[0-9]{10,13}-[0-9]{10,13}(?:-[A-Za-z0-9-]{0,64})?)(?:[^0-9A-Za-z_]|\z)",
            Positives = ["token=xoxa-59863501129-7181101235465", "xoxr-383605798450-091626743188-EHB9yD6gdaPoKnOBBtRA"],
            Negatives = ["xoxa-2-short"],
        },
        new()
        {
            Id = "RMP-SECRET-048", Title = "Slack webhook URL", Severity = Severity.High,
            Keywords = ["hooks.slack.com"],
            Pattern = @"(https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{30,})",
            Positives = ["url: https://hooks.slack.com/services/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"],
            Negatives = ["https://hooks.slack.com/services/", "see https://api.slack.com/messaging/webhooks"],
        },
        new()
        {
            Id = "RMP-SECRET-049", Title = "Discord bot token", Severity = Severity.High,
            Keywords = ["discord"],
            Pattern = @"(?i)(?:discord)[^\n]{0,40}?[=:>""\x27\s]\s{0,3}[""\x27]?([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?:[^0-9A-Za-z_]|\z)",
            Positives = ["DISCORD_BOT_TOKEN=MWMlnLW2RrXgAKIFlBR6B7Z6.eFDaQh.kjGz3YdpN4rsDpgEabB-QWJFjuv"],
            Negatives = ["DISCORD_BOT_TOKEN=${TOKEN}"],
        },
        new()
        {
            Id = "RMP-SECRET-050", Title = "Discord webhook URL", Severity = Severity.High,
            Keywords = ["discord"],
            Pattern = @"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})",
            Positives = ["webhook: https://discord.com/api/webhooks/449313921762549048/NNEQDZ3tlW1T50mrgaCLkDcCBVLMjQ9jQ3IlyfzDRK8osNFi_J9rZnoc7WwdOB6_ja64"],
            Negatives = ["https://discord.com/api/webhooks/980044298889800398"],
        },
        new()
        {
            Id = "RMP-SECRET-051", Title = "Telegram bot token", Severity = Severity.High,
            Keywords = [":aa"],
            Pattern = @"(?:\A|[^0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?:[^0-9A-Za-z_-]|\z)",
            Positives = ["TELEGRAM_BOT_TOKEN=0366999577:AAMBOZ8FhtxLa_ydnarRaSoBfAi5qSIWK3W"],
            Negatives = ["7178495092:AAt-1uyY7prj", "time 12:AA"],
        },
        new()
        {
            Id = "RMP-SECRET-052", Title = "Microsoft Teams webhook URL", Severity = Severity.Medium,
            Keywords = ["webhook.office.com"],
            Pattern = @"(https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36})",
            Positives = ["https://acme.webhook.office.com/webhookb2/a23490f4-1729-5e36-1730-46c8cd492b8a@b5928203-5b23-9e1c-da64-90fa4bcec41e/IncomingWebhook/f314d0e40f5c60e6dbf39231b27802bb/47c7a243-76d3-c1d3-a317-cf0f776be6c1"],
            Negatives = ["https://acme.webhook.office.com/webhookb2/"],
        },
    ];
}
