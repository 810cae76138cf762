using System.Text;
using Rampart.Testing;
using static Rampart.Tests.Secrets.SecretScans;

namespace Rampart.Tests.Secrets;

public sealed class KubernetesSecretTests
{
    private const string PlainSecret = "RMP-SECRET-105";
    private const string EnvSecret = "RMP-SECRET-106";

    [Fact]
    public async Task A_Secret_with_plain_values_is_one_finding_per_key_at_the_key_line()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(GitHubToken));
        using var repo = new RepositoryBuilder()
            .File("k8s/secret.yaml", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\n  namespace: shop\ndata:\n  github: {encoded}\n  user: YXBp\nstringData:\n  password: s3cr3t-Pa55\n")
            .Build();

        var found = (await Run(repo)).Secrets().OrderBy(f => f.Location.Line).Select(f => (f.RuleId, f.Location.Line, f.Location.FieldPath)).ToList();

        Assert.Equal([("RMP-SECRET-020", 7, "data.github"), (PlainSecret, 8, "data.user"), (PlainSecret, 10, "stringData.password")], found);
    }

    [Fact]
    public async Task A_Secret_in_JSON_is_read_the_same_way()
    {
        using var repo = new RepositoryBuilder()
            .File("secret.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Secret\",\n  \"metadata\": {\"name\": \"db\"},\n  \"stringData\": {\n    \"password\": \"Zk2-pq8LmW\",\n    \"user\": \"app\"\n  }\n}\n")
            .Build();

        var found = (await Run(repo)).Secrets().Select(f => (f.RuleId, f.Location.Line)).Order().ToList();

        Assert.Equal([(PlainSecret, 6), (PlainSecret, 7)], found);
    }

    [Fact]
    public async Task Sealed_external_and_SOPS_encrypted_secrets_are_safe()
    {
        using var repo = new RepositoryBuilder()
            .File("sealed.yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8aH7fQ2mXv1Lz9Kp0Rr7Ww6qU5tTsS4y\n")
            .File("external.yaml", "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: db\nspec:\n  data:\n    - secretKey: password\n      remoteRef: {key: prod/db, property: password}\n")
            .File("sops.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ENC[AES256_GCM,data:q2Xz9w==,iv:Zm9v,tag:YmFy,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:abcd,iv:efgh,tag:ijkl,type:str]\n  version: 3.9.0\n")
            .Build();

        Assert.Empty((await Run(repo)).Secrets());
    }

    [Fact]
    public async Task A_Secret_filled_in_at_deploy_time_is_not_reported()
    {
        using var repo = new RepositoryBuilder()
            .File("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${DB_PASSWORD}\n  empty: \"\"\n")
            .Build();

        Assert.Empty((await Run(repo)).Secrets());
    }

    [Fact]
    public async Task Env_values_are_judged_by_value_not_by_the_name_alone()
    {
        using var repo = new RepositoryBuilder()
            .File("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: db
                spec:
                  selector:
                    matchLabels: {app: db}
                  template:
                    metadata:
                      labels: {app: db}
                    spec:
                      containers:
                        - name: db
                          image: registry.example.com/mysql:8.4.0
                          env:
                            - name: PASSWORD_MIN_LENGTH
                              value: "12"
                            - name: AUTH_TOKEN_HEADER
                              value: X-Auth-Token
                            - name: MYSQL_ALLOW_EMPTY_PASSWORD
                              value: "1"
                            - name: DB_PASSWORD_FILE
                              value: /run/secrets/db
                            - name: DB_PASSWORD
                              value: hunter2
                            - name: CI_AUTH
                              value: 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

                """)
            .Build();

        var report = await Run(repo);

        Assert.Equal([("RMP-SECRET-020", 27), (EnvSecret, 25)], report.Secrets().Select(f => (f.RuleId, f.Location.Line)).Order().ToList());
        Assert.Equal([27], report.Findings.Where(f => f.RuleId == "RMP-K8S-049").Select(f => f.Location.Line));
    }
}
