using Rampart.Dependencies.Go;
using Rampart.Dependencies.Maven;

namespace Rampart.Tests.Dependencies.Inventory;

public sealed class JvmAndGoLockfileTests
{
    [Fact]
    public void Pom_resolves_properties_managed_versions_and_test_scope()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <groupId>com.example</groupId>
              <artifactId>app</artifactId>
              <version>1.2.0</version>
              <properties>
                <jackson.version>2.15.2</jackson.version>
                <jackson.full>${jackson.version}</jackson.full>
              </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.slf4j</groupId>
                    <artifactId>slf4j-api</artifactId>
                    <version>2.0.9</version>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>com.fasterxml.jackson.core</groupId>
                  <artifactId>jackson-databind</artifactId>
                  <version>${jackson.full}</version>
                </dependency>
                <dependency>
                  <groupId>org.slf4j</groupId>
                  <artifactId>slf4j-api</artifactId>
                </dependency>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>core</artifactId>
                  <version>${project.version}</version>
                </dependency>
                <dependency>
                  <groupId>junit</groupId>
                  <artifactId>junit</artifactId>
                  <version>4.13.2</version>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>org.example</groupId>
                  <artifactId>from-parent</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;
        var inventory = Lockfiles.Read(new PomReader(), "pom.xml", text);
        Assert.Equal(
            [
                "com.fasterxml.jackson.core:jackson-databind@2.15.2 20 Direct", "org.slf4j:slf4j-api@2.0.9 25 Direct",
                "com.example:core@1.2.0 29 Direct", "junit:junit@4.13.2 34 Direct dev",
            ],
            Lockfiles.Lines(inventory));
        Assert.Equal("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2", inventory.Packages[0].Purl);
        Assert.Equal("org.example:from-parent 40", Assert.Single(inventory.Unresolved) is var u ? $"{u.Name} {u.Line}" : "");
    }

    [Fact]
    public void Gradle_lockfile_reads_coordinates_and_test_only_configurations()
    {
        const string text = """
            # This is a Gradle generated file for dependency locking.
            com.google.guava:guava:32.1.2-jre=compileClasspath,runtimeClasspath
            junit:junit:4.13.2=testCompileClasspath,testRuntimeClasspath
            empty=annotationProcessor
            """;
        var inventory = Lockfiles.Read(new GradleLockReader(), "gradle.lockfile", text);
        Assert.Equal(["com.google.guava:guava@32.1.2-jre 2 Unknown", "junit:junit@4.13.2 3 Unknown dev"], Lockfiles.Lines(inventory));
    }

    [Fact]
    public void Go_mod_reads_requires_with_indirect_marks_and_applies_replacements()
    {
        const string text = """
            module example.com/app

            go 1.22

            require github.com/pkg/errors v0.9.1

            require (
                golang.org/x/text v0.3.7 // indirect
                github.com/old/mod v1.0.0
                example.com/local v0.1.0
            )

            replace github.com/old/mod => github.com/new/mod v1.2.0
            replace example.com/local => ../local
            """;
        var inventory = Lockfiles.Read(new GoModReader(), "go.mod", text);
        Assert.Equal(
            ["github.com/pkg/errors@v0.9.1 5 Direct", "golang.org/x/text@v0.3.7 8 Transitive", "github.com/new/mod@v1.2.0 9 Direct"],
            Lockfiles.Lines(inventory));
        Assert.Equal("pkg:golang/github.com/pkg/errors@v0.9.1", inventory.Packages[0].Purl);
    }

    [Fact]
    public void Go_mod_with_an_unclosed_block_is_a_problem()
    {
        var inventory = Lockfiles.Read(new GoModReader(), "go.mod", "module a\n\nrequire (\n  b v1.0.0\n");
        Assert.NotNull(inventory.Problem);
        Assert.Contains("not closed", inventory.Problem.Message, StringComparison.Ordinal);
    }
}
