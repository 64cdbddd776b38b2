package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.ChangeKind;
import dev.protostar.api.CollisionStrategy;
import dev.protostar.api.ModuleCategory;
import dev.protostar.api.RunReport;
import dev.protostar.api.RunStatus;
import dev.protostar.api.ValidationException;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An {@code .envrc} written by the Python original, with its {@code # --- Protostar Injection: … ---}
 * block, meets a run whose direnv module writes a region: through the whole pipeline (validation,
 * {@link ContentMerge}, the journaled write), on an in-memory workspace.
 */
class LegacyEnvrcRunTest {

    private static final String DIRENV = """
            if [ ! -d .venv ]; then
              uv sync
            fi
            export VIRTUAL_ENV="$PWD/.venv"
            PATH_add .venv/bin
            source_env_if_exists .envrc.local
            """;

    private final Workspace workspace = Workspace.inMemory();
    private final RecordingListener listener = new RecordingListener();
    private final ScriptedProcessRunner runner = new ScriptedProcessRunner();

    private RunReport run(BootstrapModule... modules) {
        return new Orchestrator().run(new RunRequest(workspace, List.of(modules), CollisionStrategy.abort(), runner,
                runner.binaryLocator(), listener));
    }

    private static TestModule direnv() {
        return TestModule.of("direnv", ModuleCategory.TOOLING)
                .contributing((m, c) -> m.textBlock(".envrc", "python-venv", DIRENV));
    }

    private void write(String text) {
        workspace.write(WorkspacePath.of(".envrc"), text.getBytes(StandardCharsets.UTF_8));
    }

    private String read() {
        return workspace.readString(WorkspacePath.of(".envrc"));
    }

    @Test
    void aLegacyBlockOfTheSameNameIsConvertedAndReplacedNotDuplicated() {
        write("""
                export MINE=1

                # --- Protostar Injection: Python Venv ---
                # Ensure the venv exists
                if [ ! -d ".venv" ]; then
                    uv sync
                fi
                PATH_add .venv/bin
                # --- End Protostar Injection ---
                """);

        RunReport first = run(direnv());

        assertThat(first.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.changes()).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo(WorkspacePath.of(".envrc"));
            assertThat(change.kind()).isEqualTo(ChangeKind.MODIFIED);
        });
        assertThat(read()).isEqualTo("export MINE=1\n\n# region: protostar python-venv\n" + DIRENV
                + "# endregion: protostar python-venv\n");

        Map<String, String> afterFirst = WorkspaceSnapshot.of(workspace);
        RunReport second = run(direnv());

        assertThat(second.status()).isEqualTo(RunStatus.NO_CHANGES);
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(afterFirst);
    }

    /**
     * The Python original named its blocks by a digest of their payload, so a block of its own is
     * kept, as a region named by that digest, and ours is added beside it; the user's lines and the
     * block's lines stay as they were.
     */
    @Test
    void aHashNamedLegacyBlockBecomesItsOwnRegionBesideOurs() {
        write("export MINE=1\n\n# --- Protostar Injection: 1a2b3c4d ---\nexport FOO=bar\n"
                + "# --- End Protostar Injection ---\n");

        run(direnv());

        assertThat(read()).isEqualTo("export MINE=1\n\n# region: protostar 1a2b3c4d\nexport FOO=bar\n"
                + "# endregion: protostar 1a2b3c4d\n\n# region: protostar python-venv\n" + DIRENV
                + "# endregion: protostar python-venv\n");
        assertThat(run(direnv()).status()).isEqualTo(RunStatus.NO_CHANGES);
    }

    @Test
    void anUnclosedLegacyBlockIsRefusedAtValidationAndNothingChanges() {
        String broken = "export MINE=1\n# --- Protostar Injection: python-venv ---\nPATH_add .venv/bin\n";
        write(broken);
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> run(direnv())).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.path()).isEqualTo(WorkspacePath.of(".envrc"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("has no end marker");
        });
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        assertThat(read()).isEqualTo(broken);
    }
}
