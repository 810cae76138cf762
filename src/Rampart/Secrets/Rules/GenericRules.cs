using Rampart.Findings;

namespace Rampart.Secrets.Rules;

/// <summary>Rules for generic credentials, written from the published formats; every example is synthetic.</summary>
internal static class GenericRules
{
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        new()
        {
            Id = "RMP-SECRET-096", Title = "JSON Web Token", Severity = Severity.Medium,
            Keywords = ["eyj"],
            Pattern = @"(?:\A|[^0-9A-Za-z_])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})",
            Check = SecretCheck.Jwt,
            Positives = ["Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2NjMzMjMxNyIsImlhdCI6MTcwMjg1MDk2NCwibmFtZSI6IkhNZEtnWWFpIn0._pRO_m6DiT6t1P9jP3F2G_D-jOeG6f3dTFZvJry3A0t", "id_token: \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzNDQyNDMxNSIsImlhdCI6MTcwNDY2OTYwNSwibmFtZSI6IkZOQ0RWV1N1In0.SbFe61yCgk9AVcsto2CR50OP9xs4q0SIOmaGnXSzGJ9\""],
            Negatives = ["eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIwMTY2NjA5OSIsImlhdCI6MTcwMjg2NjQ3OCwibmFtZSI6IkdOU2xhV3VLIn0.CYES9pJQbXdv1WaRy_KTzOwJMyC_mCs-GZuaI8BsQws", "eyJhbGciOiJub25lIn0.short"],
        },
        new()
        {
            Id = "RMP-SECRET-097", Title = "PostgreSQL URL with a password", Severity = Severity.High,
            Keywords = ["postgres"],
            Pattern = @"(?i)(?:\A|[^a-z0-9+])(?:jdbc:)?postgres(?:ql)?://([^\s:/@""\x27]+:[^\s@/""\x27]{1,})@[^\s/""\x27]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["DATABASE_URL=postgres://app:BRHWwcTbv1ZUVrSH@db.internal:5432/app", "\"postgresql://svc:I1DHQmnAPnBV@pg:5432/x\""],
            Negatives = ["postgres://user:password@localhost/db", "postgresql://{username}:{password}@{{host}}:5432/db", "postgres://app:${PGPASSWORD}@db/app", "postgres://db.internal:5432/app"],
        },
        new()
        {
            Id = "RMP-SECRET-098", Title = "MySQL URL with a password", Severity = Severity.High,
            Keywords = ["mysql"],
            Pattern = @"(?i)(?:\A|[^a-z0-9+])(?:jdbc:)?mysql(?:x)?://([^\s:/@""\x27]+:[^\s@/""\x27]{1,})@[^\s/""\x27]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["mysql://root:0djjLYpU5yU0dV@mysql:3306/shop"],
            Negatives = ["mysql://user:${PASSWORD}@example.com:3306/db", "mysql://db.example.com:3306/app"],
        },
        new()
        {
            Id = "RMP-SECRET-099", Title = "MongoDB URL with a password", Severity = Severity.High,
            Keywords = ["mongodb"],
            Pattern = @"(?i)(?:\A|[^a-z0-9+])mongodb(?:\+srv)?://([^\s:/@""\x27]+:[^\s/""\x27]{1,})@[^\s@/""\x27]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["MONGO_URI=\"mongodb+srv://api:vLvI182l5dX2alPx@cluster0.abcde.mongodb.net/db\""],
            Negatives = ["mongodb://username:password@localhost:27017/database", "mongodb://localhost:27017"],
        },
        new()
        {
            Id = "RMP-SECRET-100", Title = "Redis URL with a password", Severity = Severity.High,
            Keywords = ["redis"],
            Pattern = @"(?i)(?:\A|[^a-z0-9+])rediss?://([^\s:/@""\x27]*:[^\s@/""\x27]{1,})@[^\s/""\x27]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["REDIS_URL=redis://:fO3nydWO6oHBrgc3o24U@cache:6379/0", "rediss://default:qmSHEhkYaXOMyPr5@redis.internal:6380"],
            Negatives = ["redis://localhost:6379", "redis://:<password>@cache:6379"],
        },
        new()
        {
            Id = "RMP-SECRET-101", Title = "AMQP URL with a password", Severity = Severity.High,
            Keywords = ["amqp"],
            Pattern = @"(?i)(?:\A|[^a-z0-9+])amqps?://([^\s:/@""\x27]+:[^\s@/""\x27]{1,})@[^\s/""\x27]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["BROKER_URL=amqp://orders:ADlj274AqzJoDoKY@rabbitmq:5672/"],
            Negatives = ["amqp://guest:guest@localhost:5672/", "amqp://user:changeme@mq/", "amqp://user:abc@mq/"],
        },
        new()
        {
            Id = "RMP-SECRET-102", Title = "Credentials in a URL", Severity = Severity.Medium,
            Keywords = ["://"],
            Pattern = @"(?i)(?:\A|[^a-z0-9.-])(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?)://([^\s:/@""\x27<>()\[\]]+:[^\s@/""\x27<>]{1,})@[A-Za-z0-9.-]+",
            Check = SecretCheck.UrlUserInfo, FiltersPlaceholders = true,
            Positives = ["GIT_REMOTE=https://deploy:7CjmRq3OVTBf7vnD@git.internal.example.net/org/repo.git", "ftp://backup:WesLfjC0zx5Z@files.corp.net"],
            Negatives = ["https://username:password@example.com/api", "https://${USER}:${PASS}@host.net", "https://user@host.net"],
        },
        new()
        {
            Id = "RMP-SECRET-103", Title = "Password in a command line", Severity = Severity.High,
            Keywords = ["--password"],
            Pattern = @"(?:\A|\s)--password[= ]([^\s""\x27$-][^\s""\x27]{5,})",
            MinEntropy = 2.5, FiltersPlaceholders = true,
            Positives = ["mysql --user=admin --password=OK7FcwJ1SRW6x1 --host=db", "psql --password 6uZtb4AjiMeg shop"],
            Negatives = ["mysql --password=${DB_PASS}", "docker run -p 8080:8080"],
        },
        new()
        {
            Id = "RMP-SECRET-104", Title = "Generic secret assignment", Severity = Severity.Medium,
            Keywords = ["password", "passwd", "pwd", "passphrase", "secret", "token", "api_key", "apikey", "api-key", "api.key", "access_key", "accesskey", "access-key", "access.key", "auth_key", "authkey", "auth-key", "auth.key", "client_secret", "credential"],
            Pattern = @"(?i)(?:password|passwd|pwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|auth[_.-]?key|credentials?)[A-Za-z0-9_.-]{0,24}[""\x27]?\s{0,3}(?::=|=>|==|=|:)\s{0,3}(?:!!?[A-Za-z]+\s{1,3})?[""\x27`]?([^\s""\x27`,;(){}\[\]<>$]{8,128})",
            MinEntropy = 3.2, Check = SecretCheck.Generic, FiltersPlaceholders = true, StartsAtKeyword = true,
            Positives = ["DB_PASSWORD=kI6GGuPfMSukGxDx", "client_secret: \"bfhzskNUU6nmhjZz8pp8TOI1\"", "\"apiKey\": \"a84f84324a2726af87b4152733cdbb75\"", "$token = 'ngNIVU2hIs0wrow6myEPlsz010dyKD';", "service_secret: !!binary cVR3N2JLcjJ4TG05dlo0aA=="],
            Negatives = ["password = getPassword()", "token: ${{ secrets.TOKEN }}", "password: changeme", "password = \"<password>\"", "api_key = \"xxxxxxxxxxxxxxxx\"", "secret: your-secret-here", "token = self.session.token_value", "PASSWORD_MIN_LENGTH=12", "password: example-password-123", "'token-tool = token_tool.cli:run_token'", "AWS_SECRET_ACCESS_KEY = FJs7zrQEB8k9EbVHLYKPf7GCe/O+wFbUx31L/7LjXaJ8YfjFFhFECdTR=="],
        },
    ];
}
