package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.ProtostarListener;
import dev.protostar.api.SystemTask;
import dev.protostar.api.TaskResult;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated {@code pnpm init} and {@code yarn init -y}, modelled like {@code npm init -y}. */
class SimulatedNodeInitTest {

    private static final String NPM_LAYOUT = """
            {
              "name": "orbital-sim",
              "version": "1.0.0",
              "description": "",
              "main": "index.js",
              "scripts": {
                "test": "echo \\"Error: no test specified\\" && exit 1"
              },
              "keywords": [],
              "author": "",
              "license": "ISC"
            }
            """;

    private final SimulatedProcessRunner runner = SimulatedProcessRunner.forFolderNamed("Orbital Sim");
    private final Workspace workspace = Workspace.inMemory();

    private TaskResult run(String... command) {
        return runner.run(SystemTask.command(List.of(command)).build(), workspace, ProtostarListener.none());
    }

    private String packageJson() {
        return workspace.readString(WorkspacePath.of("package.json"));
    }

    @Test
    void pnpmInitWritesThePackageJsonNamedAfterTheFolderAndPrintsIt() {
        TaskResult result = run("pnpm", "init");

        assertThat(result.exitCode()).isZero();
        assertThat(packageJson()).isEqualTo(NPM_LAYOUT);
        assertThat(result.stdout()).isEqualTo("Wrote to package.json\n\n" + NPM_LAYOUT);
        assertThat(result.stderr()).isEmpty();
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys("package.json");
    }

    @Test
    void pnpmInitRefusesAnExistingPackageJsonAndArgumentsChangingNothing() {
        workspace.write(WorkspacePath.of("package.json"), "{\"name\": \"mine\"}\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        TaskResult existing = run("pnpm", "init");
        TaskResult withArguments = run("pnpm", "init", "-y");

        assertThat(existing.exitCode()).isEqualTo(1);
        assertThat(existing.stderr()).isEqualTo(" ERR_PNPM_PACKAGE_JSON_EXISTS  package.json already exists\n");
        assertThat(withArguments.exitCode()).isEqualTo(1);
        assertThat(withArguments.stderr()).contains("init command does not accept any arguments");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void yarnInitWritesTheYarnClassicPackageJson() {
        TaskResult result = run("yarn", "init", "-y");

        assertThat(result.exitCode()).isZero();
        assertThat(packageJson()).isEqualTo("""
                {
                  "name": "orbital-sim",
                  "version": "1.0.0",
                  "main": "index.js",
                  "license": "MIT"
                }
                """);
        assertThat(result.stdout()).isEqualTo("yarn init v1.22.22\nsuccess Saved package.json\nDone in 0.00s.\n");
        assertThat(result.stderr()).startsWith("warning The yes flag has been set.");
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys("package.json");
        assertThat(run("yarn", "init", "--yes").exitCode()).isZero();
    }

    @Test
    void yarnInitKeepsAnExistingPackageJsonAndRefusesToAskQuestions() {
        workspace.write(WorkspacePath.of("package.json"), "{\"name\": \"mine\"}\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = WorkspaceSnapshot.of(workspace);

        assertThat(run("yarn", "init", "-y").exitCode()).isZero();
        TaskResult interactive = run("yarn", "init");

        assertThat(interactive.exitCode()).isEqualTo(1);
        assertThat(interactive.stderr()).contains("supports only `yarn init -y`");
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void inMemoryWithoutAFolderNameTheProjectIsCalledProject() {
        SimulatedProcessRunner unnamed = SimulatedProcessRunner.create();

        unnamed.run(SystemTask.command("pnpm", "init").build(), workspace, ProtostarListener.none());

        assertThat(packageJson()).startsWith("{\n  \"name\": \"project\",\n");
    }

    @Test
    void theLocatorKnowsPnpmAndYarn() {
        assertThat(runner.binaryLocator().isAvailable("pnpm")).isTrue();
        assertThat(runner.binaryLocator().isAvailable("yarn")).isTrue();
        assertThat(runner.simulates(List.of("pnpm", "init"))).isTrue();
        assertThat(runner.simulates(List.of("yarn", "init", "-y"))).isTrue();
        assertThat(runner.simulates(List.of("pnpm", "install"))).isFalse();
    }
}
