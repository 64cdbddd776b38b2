package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan value: its views and its rendering for humans. */
class PlanTest {

    private static final String UV_INIT = "uv init --bare";

    private static WorkspacePath p(String path) {
        return WorkspacePath.of(path);
    }

    private static TaskResult ok() {
        return new TaskResult(0, "", "", false, Duration.ZERO);
    }

    private static PlannedChange created(String path, String text, boolean simulated, String... by) {
        return new PlannedChange(p(path), ChangeKind.CREATED, List.of(by), simulated, Optional.empty(),
                Optional.of(FileContent.ofUtf8(text)), "--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1 @@\n+" + text);
    }

    private static Plan samplePlan() {
        PlannedChange folder = new PlannedChange(p("src"), ChangeKind.DIRECTORY_CREATED, List.of("protostar"), false,
                Optional.empty(), Optional.empty(), "");
        PlannedChange gitignore = new PlannedChange(p(".gitignore"), ChangeKind.MODIFIED, List.of("protostar"), false,
                Optional.of(FileContent.ofUtf8(".env\n")), Optional.of(FileContent.ofUtf8(".env\n.venv/\n")),
                "--- a/.gitignore\n+++ b/.gitignore\n@@ -1 +1,2 @@\n .env\n+.venv/\n");
        PlannedChange old = new PlannedChange(p("old.txt"), ChangeKind.DELETED, List.of("cleanup"), true,
                Optional.of(FileContent.ofUtf8("x\n")), Optional.empty(), "--- a/old.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
        return new Plan("/home/me/orbital-sim", RunStatus.PARTIAL_SUCCESS,
                List.of(folder, created("pyproject.toml", "[project]\n", true, UV_INIT, "protostar"), gitignore, old),
                List.of(new PlannedTask(SystemTask.command("uv", "init", "--bare").description("Creating pyproject.toml").build(),
                                ok(), true, true),
                        new PlannedTask(SystemTask.command("cleanup").build(), ok(), true, false)),
                List.of("Ruff needs Python, which is not selected; Ruff was skipped."),
                List.of(new KeptValue(p("pyproject.toml"), "tool.ruff.line-length")));
    }

    @Test
    void rendersStatusCommandsChangesWarningsKeptValuesAndDiffs() {
        assertThat(samplePlan().render()).isEqualTo("""
                Dry run in /home/me/orbital-sim: nothing was written and no process was started.
                Status: PARTIAL_SUCCESS (4 changes, 2 commands)

                Commands that would run:
                  $ uv init --bare  [simulated]
                      Creating pyproject.toml
                  $ cleanup  [simulated]
                      effects unknown: the simulation does not model this command; the plan assumes it succeeds and changes nothing

                Changes:
                  new folder src/
                  new file   pyproject.toml  (by uv init --bare, protostar; simulated)
                  modified   .gitignore
                  deleted    old.txt         (by cleanup; simulated)

                Warnings:
                  - Ruff needs Python, which is not selected; Ruff was skipped.

                Existing values that would be kept:
                  - pyproject.toml: tool.ruff.line-length

                --- /dev/null
                +++ b/pyproject.toml
                @@ -0,0 +1 @@
                +[project]
                --- a/.gitignore
                +++ b/.gitignore
                @@ -1 +1,2 @@
                 .env
                +.venv/
                --- a/old.txt
                +++ /dev/null
                @@ -1 +0,0 @@
                -x
                """);
        assertThat(samplePlan().toString()).isEqualTo(samplePlan().render());
    }

    @Test
    void aFailingSimulatedCommandSaysSo() {
        Plan plan = new Plan("ws", RunStatus.PARTIAL_SUCCESS, List.of(),
                List.of(new PlannedTask(SystemTask.command("uv", "add", "x").warnOnFailure().build(),
                        new TaskResult(1, "", "no network\n", false, Duration.ZERO), true, true)),
                List.of("`uv add x` failed"), List.of());

        assertThat(plan.render()).contains("  $ uv add x  [simulated]\n      would fail with exit code 1\n");
    }

    @Test
    void anEmptyPlanSaysNothingWouldHappen() {
        Plan plan = new Plan("in-memory workspace", RunStatus.NO_CHANGES, List.of(), List.of(), List.of(), List.of());

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.isExact()).isTrue();
        assertThat(plan.render()).isEqualTo("""
                Dry run in in-memory workspace: nothing was written and no process was started.
                Status: NO_CHANGES (nothing would change and no command would run)
                """);
    }

    @Test
    void viewsOfTheChanges() {
        Plan plan = samplePlan();

        assertThat(plan.directories()).containsExactly(p("src"));
        assertThat(plan.paths()).containsExactly(p("src"), p("pyproject.toml"), p(".gitignore"), p("old.txt"));
        assertThat(plan.change(p(".gitignore")).orElseThrow().kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(plan.change(p("absent"))).isEmpty();
        assertThat(plan.isExact()).isFalse();
        assertThat(plan.isEmpty()).isFalse();
    }

    @Test
    void collectionsAreCopied() {
        List<String> warnings = new ArrayList<>(List.of("w"));
        Plan plan = new Plan("ws", RunStatus.PARTIAL_SUCCESS, List.of(), List.of(), warnings, List.of());
        warnings.add("later");

        assertThat(plan.warnings()).containsExactly("w");
        assertThatThrownBy(() -> plan.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangesContentMustMatchItsKind() {
        Optional<FileContent> some = Optional.of(FileContent.ofUtf8("x"));

        assertThatThrownBy(() -> new PlannedChange(p("f"), ChangeKind.CREATED, List.of(), false, some, some, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CREATED");
        assertThatThrownBy(() -> new PlannedChange(p("f"), ChangeKind.MODIFIED, List.of(), false, Optional.empty(), some, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlannedChange(p("f"), ChangeKind.DELETED, List.of(), false, some, some, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlannedChange(p("d"), ChangeKind.DIRECTORY_CREATED, List.of(), false, Optional.empty(),
                some, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangeKnowsWhetherItIsAFolderOrBinary() {
        PlannedChange deletedFolder = new PlannedChange(p("d"), ChangeKind.DELETED, List.of(), false, Optional.empty(),
                Optional.empty(), "");
        PlannedChange binary = new PlannedChange(p("b"), ChangeKind.CREATED, List.of(), false, Optional.empty(),
                Optional.of(new FileContent(new byte[] {0, 1})), "Binary files /dev/null and b/b differ\n");

        assertThat(deletedFolder.isDirectory()).isTrue();
        assertThat(binary.isDirectory()).isFalse();
        assertThat(binary.isBinary()).isTrue();
        assertThat(created("t", "text\n", false, "protostar").isBinary()).isFalse();
    }
}
