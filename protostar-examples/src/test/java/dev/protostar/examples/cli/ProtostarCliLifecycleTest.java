package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.testing.StubPath;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 through the command line: init records the recipe and the lock; sync, status, diff,
 * {@code sync --check}, conflicts decided with {@code --resolve}, and eject.
 */
class ProtostarCliLifecycleTest {

    @TempDir
    Path temp;

    private Path home;
    private Path project;
    private StubPath stubs;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        project = home.resolve("demo");
        stubs = StubPath.in(temp.resolve("bin")).with("uv", StubPath.UV);
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, stubs.environment(), args);
    }

    private String read(String name) throws IOException {
        return Files.readString(project.resolve(name));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(project.resolve(name), text);
    }

    @Test
    void checkIsTheCiGateAndSyncFollowsTheEditedRecipe() throws IOException {
        assertThat(cli("init", "--python", "--docker", "--dir", "demo").exitCode()).isZero();
        CliRun inStep = cli("sync", "--check", "--dir", "demo");
        assertThat(inStep.exitCode()).as(inStep.err()).isZero();
        assertThat(inStep.out()).contains("In step: nothing is pending");

        write(".protostar.toml", read(".protostar.toml").replace(", \"docker\"", ""));
        CliRun pending = cli("sync", "--check", "--dir", "demo");
        assertThat(pending.exitCode()).isEqualTo(1);
        assertThat(pending.out()).contains("Not in step:").contains("Dockerfile would be deleted.")
                .contains("Run `protostar sync` to apply");

        CliRun status = cli("status", "--dir", "demo");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("Not in step:").contains("retracted: Dockerfile")
                .contains("drops the tool docker");
        CliRun diff = cli("diff", "--dir", "demo");
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("--- a/Dockerfile").contains("+++ /dev/null");
        assertThat(project.resolve("Dockerfile")).exists(); // status and diff wrote nothing

        int callsBefore = stubs.calls().size();
        CliRun sync = cli("sync", "--dir", "demo");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(project.resolve("Dockerfile")).doesNotExist();
        assertThat(project.resolve(".dockerignore")).doesNotExist();
        assertThat(stubs.calls()).hasSize(callsBefore); // nothing to install, nothing to set up again
        assertThat(cli("sync", "--check", "--dir", "demo").exitCode()).isZero();
    }

    @Test
    void aConflictIsListedWithItsResolveCommandAndDecidedByIt() throws IOException {
        assertThat(cli("init", "--python", "--dir", "demo").exitCode()).isZero();
        write("pyproject.toml", read("pyproject.toml").replaceFirst("line-length = 88", "line-length = 100"));
        write(".protostar.toml", read(".protostar.toml").replace("tools = [\"ruff\"]", "tools = []"));

        CliRun sync = cli("sync", "--dir", "demo");

        assertThat(sync.exitCode()).isEqualTo(1);
        assertThat(sync.out()).contains("1 conflict left as you had them")
                .contains("pyproject.toml:tool.ruff.line-length (retracted)")
                .containsPattern("protostar sync --resolve c-[0-9a-f]{10}=desired");
        assertThat(read("pyproject.toml")).contains("line-length = 100").doesNotContain("\"RUF\"");

        CliRun json = cli("status", "--json", "--dir", "demo");
        JsonNode document = JsonMapper.builder().build().readTree(json.out());
        JsonNode conflict = document.get("conflicts").get(0);
        assertThat(conflict.get("kind").textValue()).isEqualTo("retracted");
        String resolve = conflict.get("resolve").get("local").textValue();
        assertThat(document.get("in_step").booleanValue()).isFalse();

        CliRun decided = cli("sync", "--dir", "demo", "--resolve", resolve.substring("--resolve ".length()));
        assertThat(decided.exitCode()).as(decided.out() + decided.err() + json.out()).isZero();
        assertThat(read("pyproject.toml")).contains("line-length = 100");
        CliRun check = cli("sync", "--check", "--dir", "demo");
        assertThat(check.exitCode()).as(check.out() + stubs.calls() + decided.out() + sync.out()).isZero();
    }

    @Test
    void anUnknownResolveIdChangesNothing() throws IOException {
        assertThat(cli("init", "--python", "--dir", "demo").exitCode()).isZero();
        Map<String, String> before = ProtostarCliTest.snapshot(project);

        CliRun run = cli("sync", "--dir", "demo", "--resolve", "c-0000000000=local");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("c-0000000000").contains("protostar status");
        assertThat(ProtostarCliTest.snapshot(project)).isEqualTo(before);
    }

    @Test
    void syncWithoutARecipeSaysToRunInit() throws IOException {
        Files.createDirectories(project);

        CliRun run = cli("sync", "--dir", "demo");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).contains("no recipe").contains("protostar init");
    }

    @Test
    void ejectKeepsEveryFileButTheLockAndTheRecipe() throws IOException {
        assertThat(cli("init", "--python", "--dir", "demo").exitCode()).isZero();
        Map<String, String> before = ProtostarCliTest.snapshot(project);

        CliRun eject = cli("eject", "--dir", "demo");

        assertThat(eject.exitCode()).isZero();
        assertThat(eject.out()).contains("deleted   protostar.lock").contains("Ejected");
        Map<String, String> after = ProtostarCliTest.snapshot(project);
        before.remove("protostar.lock");
        before.remove(".protostar.toml");
        after.remove(".protostar.toml");
        assertThat(after).isEqualTo(before);
        assertThat(read(".protostar.toml")).doesNotContain("recipe");
        CliRun status = cli("status", "--dir", "demo");
        assertThat(status.exitCode()).isEqualTo(78);
        assertThat(status.err()).contains("no recipe");
    }
}
