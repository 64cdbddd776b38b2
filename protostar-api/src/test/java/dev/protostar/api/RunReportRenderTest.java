package dev.protostar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link RunReport#render()}, byte for byte. */
class RunReportRenderTest {

    private static Change change(String path, ChangeKind kind, String by) {
        return new Change(WorkspacePath.of(path), kind, Optional.empty(), Optional.empty(), by);
    }

    private static TaskRun ran(SystemTask task, int exitCode, boolean timedOut, boolean simulated) {
        return new TaskRun(task, new TaskResult(exitCode, "", "", timedOut, Duration.ofMillis(5)), simulated);
    }

    @Test
    void aRunThatChangedNothingSaysSoInOneLine() {
        RunReport report = new RunReport(RunStatus.NO_CHANGES, List.of(), List.of(), List.of(), List.of(),
                Map.of(Phase.REALIZATION, Duration.ofMillis(3)));

        assertThat(report.render()).isEqualTo("Status: NO_CHANGES (nothing changed and no command ran)\n");
    }

    @Test
    void everySectionInOrderWithAlignedAuthors() {
        SystemTask uvInit = SystemTask.command("uv", "init", "--bare").build();
        SystemTask uvAdd = SystemTask.command("uv", "add", "--dev", "--", "ruff").build();
        SystemTask slow = SystemTask.command("pre-commit", "install").timeout(Duration.ofMillis(1500)).build();
        SystemTask hook = SystemTask.command("nbdime", "config-git", "--enable").timeout(Duration.ofMinutes(2)).build();
        RunReport report = new RunReport(RunStatus.PARTIAL_SUCCESS,
                List.of(change("src", ChangeKind.DIRECTORY_CREATED, "protostar"),
                        change("pyproject.toml", ChangeKind.CREATED, "uv init --bare"),
                        change(".gitignore", ChangeKind.MODIFIED, "protostar"),
                        change("old.lock", ChangeKind.DELETED, "uv add --dev -- ruff")),
                List.of("`uv add --dev -- ruff` failed (exit code 2); its changes were undone."),
                List.of(new KeptValue(WorkspacePath.of("pyproject.toml"), "tool.ruff.line-length")),
                List.of(ran(uvInit, 0, false, true), ran(uvAdd, 2, false, false), ran(slow, -1, true, false),
                        ran(hook, -1, true, false)),
                Map.of());

        assertThat(report.render()).isEqualTo("""
                Status: PARTIAL_SUCCESS (4 changes, 4 commands)

                Commands that ran:
                  $ uv init --bare  [simulated]
                  $ uv add --dev -- ruff
                      failed with exit code 2
                  $ pre-commit install
                      timed out after 1500 ms
                  $ nbdime config-git --enable
                      timed out after 120 s

                Changes:
                  new folder src/
                  new file   pyproject.toml  (by uv init --bare)
                  modified   .gitignore
                  deleted    old.lock        (by uv add --dev -- ruff)

                Warnings:
                  - `uv add --dev -- ruff` failed (exit code 2); its changes were undone.

                Existing values that were kept:
                  - pyproject.toml: tool.ruff.line-length
                """);
    }

    @Test
    void oneChangeAndOneCommandAreSingular() {
        SystemTask gitInit = SystemTask.command("git", "init").build();
        RunReport report = new RunReport(RunStatus.SUCCESS, List.of(change(".git", ChangeKind.DIRECTORY_CREATED,
                "git init")), List.of(), List.of(), List.of(ran(gitInit, 0, false, false)), Map.of());

        assertThat(report.render()).isEqualTo("""
                Status: SUCCESS (1 change, 1 command)

                Commands that ran:
                  $ git init

                Changes:
                  new folder .git/  (by git init)
                """);
    }
}
