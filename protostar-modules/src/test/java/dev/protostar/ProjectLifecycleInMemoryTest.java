package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.ConflictChoice;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.ManagedChange;
import dev.protostar.api.ProjectStatus;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.SyncConflict;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's lifecycle through the library, in memory with the simulated runner, for every
 * language: v1 request → user edits → v2 request (a tool added, one removed, a default changed);
 * conflicts and their resolution; deleted files; status and eject.
 */
class ProjectLifecycleInMemoryTest {

    private final Workspace workspace = Workspace.inMemory();

    private String read(String path) {
        return workspace.readString(WorkspacePath.of(path));
    }

    private boolean exists(String path) {
        return workspace.exists(WorkspacePath.of(path));
    }

    private void write(String path, String text) {
        workspace.write(WorkspacePath.of(path), text.getBytes(StandardCharsets.UTF_8));
    }

    private RunReport run(UnaryOperator<Protostar.Builder> options) {
        return options.apply(Protostar.builder().workspace(workspace)).run();
    }

    private void assertSameRequestAgainIsNoChange(UnaryOperator<Protostar.Builder> options) {
        Map<String, String> before = WorkspaceSnapshot.of(workspace);
        RunReport again = run(options);
        assertThat(again.status()).as("%s / %s", again.changes(), again.warnings()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(again.tasks()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void pythonInitTwiceWithoutForceIsNoChangeAndWritesTheLockAndRecipe() {
        RunReport first = run(b -> b.python().mypy().docker());

        assertThat(first.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(read("protostar.lock")).contains("schema_version = 1").contains("pyproject.toml");
        assertThat(read(".protostar.toml")).contains("[recipe]").contains("mypy");
        assertSameRequestAgainIsNoChange(b -> b.python().mypy().docker());
        assertThat(Protostar.builder().workspace(workspace).status().inStep()).isTrue();
    }

    @Test
    void switchingDockerOffRetractsItsUneditedFilesAndMypyOnAddsItsSection() {
        run(b -> b.python().docker());
        assertThat(exists("Dockerfile")).isTrue();
        assertThat(exists(".dockerignore")).isTrue();

        RunReport report = run(b -> b.python().mypy());

        assertThat(exists("Dockerfile")).isFalse();
        assertThat(exists(".dockerignore")).isFalse();
        assertThat(read("pyproject.toml")).contains("[tool.mypy]");
        assertThat(report.reconciliation().changes(ManagedChange.Kind.RETRACTED)).isNotEmpty();
        assertSameRequestAgainIsNoChange(b -> b.python().mypy());
    }

    @Test
    void switchingAToolOffRemovesItsDependencyAndEveryLineItWrote() {
        run(b -> b.python().mypy());
        String withoutMypy = read("pyproject.toml");

        RunReport report = run(b -> b.python());

        assertThat(report.tasks()).extracting(task -> task.task().commandLine())
                .containsExactly("uv remove --dev -- mypy");
        assertThat(read("pyproject.toml")).doesNotContain("mypy").contains("dev = [\"ruff\"]");
        assertThat(withoutMypy).contains("# mypy settings, added by Protostar");
        assertThat(report.warnings()).isEmpty();
        assertSameRequestAgainIsNoChange(b -> b.python());
    }

    @Test
    void switchingRuffOffLeavesTheUsersOwnRuffKeys() {
        run(b -> b.python());
        write("pyproject.toml", read("pyproject.toml").replace("line-length = 88", "line-length = 100")
                + "\n[tool.ruff.format]\nquote-style = \"single\"\n");

        RunReport report = run(b -> b.python().noRuff());

        assertThat(read("pyproject.toml")).contains("quote-style = \"single\"").doesNotContain("\"RUF\"");
        assertThat(report.reconciliation().conflicts()).extracting(SyncConflict::key)
                .containsExactly("tool.ruff.line-length");
        assertThat(read("pyproject.toml")).contains("line-length = 100");
    }

    @Test
    void aConflictIsListedUntilResolvedByIdOrAddress() {
        run(b -> b.python());
        write(".vscode/settings.json", read(".vscode/settings.json"));
        write("pyproject.toml", read("pyproject.toml").replace("line-length = 88", "line-length = 100"));
        write(".gitignore", read(".gitignore").replace(".ruff_cache/\n", ""));

        RunReport untouched = run(b -> b.python());
        assertThat(untouched.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(untouched.reconciliation().changes(ManagedChange.Kind.PRESERVED)).extracting(ManagedChange::toString)
                .contains("pyproject.toml: tool.ruff.line-length", ".gitignore: [\".ruff_cache/\"]");
        assertThat(read(".gitignore")).doesNotContain(".ruff_cache/");

        assertThatThrownBy(() -> run(b -> b.python().resolve("c-0123456789", ConflictChoice.LOCAL)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("c-0123456789");
    }

    @Test
    void syncReadsTheRecipeAPersonEdited() {
        run(b -> b.python().docker());
        write(".protostar.toml", read(".protostar.toml").replace("\"docker\", ", "").replace(", \"docker\"", ""));

        ProjectStatus status = Protostar.builder().workspace(workspace).status();
        assertThat(status.inStep()).isFalse();
        assertThat(status.drift()).contains("drops the tool docker");
        assertThat(status.plan().paths()).contains(WorkspacePath.of("Dockerfile"));

        RunReport synced = Protostar.builder().workspace(workspace).sync();

        assertThat(synced.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(exists("Dockerfile")).isFalse();
        assertThat(Protostar.builder().workspace(workspace).status().inStep()).isTrue();
    }

    @Test
    void syncWithoutARecipeSaysWhatToDo() {
        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).sync())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no recipe");
    }

    @Test
    void aDeletedFileStaysDeletedUnlessRestored() {
        run(b -> b.python().direnv());
        workspace.delete(WorkspacePath.of(".envrc"));

        RunReport report = run(b -> b.python().direnv());
        assertThat(exists(".envrc")).isFalse();
        assertThat(report.reconciliation().changes(ManagedChange.Kind.DECLINED)).hasSize(1);

        run(b -> b.python().direnv().restore(WorkspacePath.of(".envrc")));
        assertThat(read(".envrc")).contains("region: protostar");
    }

    @Test
    void ejectRemovesTheLockAndRecipeAndKeepsEverythingElse() {
        run(b -> b.python());
        String pyproject = read("pyproject.toml");

        assertThat(Protostar.eject(workspace)).isNotEmpty();

        assertThat(exists("protostar.lock")).isFalse();
        assertThat(read(".protostar.toml")).doesNotContain("[recipe]");
        assertThat(read("pyproject.toml")).isEqualTo(pyproject);
        assertThat(Protostar.eject(workspace)).isEmpty();
    }

    @Test
    void everyLanguageSyncsTwiceToNoChangeAndRetractsATool() {
        for (UnaryOperator<Protostar.Builder> language : java.util.List.<UnaryOperator<Protostar.Builder>>of(
                Protostar.Builder::rust, Protostar.Builder::node, Protostar.Builder::cpp, Protostar.Builder::latex)) {
            Workspace fresh = Workspace.inMemory();
            language.apply(Protostar.builder().workspace(fresh)).preCommit().run();
            RunReport again = language.apply(Protostar.builder().workspace(fresh)).preCommit().run();
            assertThat(again.status()).as("%s", again.changes()).isEqualTo(RunStatus.NO_CHANGES);

            RunReport without = language.apply(Protostar.builder().workspace(fresh)).noPreCommit().run();

            assertThat(fresh.exists(WorkspacePath.of(".pre-commit-config.yaml"))).as("%s", without.changes()).isFalse();
            assertThat(language.apply(Protostar.builder().workspace(fresh)).noPreCommit().run().status())
                    .isEqualTo(RunStatus.NO_CHANGES);
        }
    }
}
