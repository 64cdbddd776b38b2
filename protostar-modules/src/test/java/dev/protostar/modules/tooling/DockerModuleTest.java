package dev.protostar.modules.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.EnvironmentManifest;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.modules.WorkspaceContext;
import dev.protostar.modules.python.PackageManager;
import dev.protostar.modules.python.PythonOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerModuleTest {

    private static EnvironmentManifest contribute() {
        return new WorkspaceContext(Workspace.inMemory(), new DockerModule()).manifestOf(new DockerModule());
    }

    private static List<String> instructions() {
        String dockerfile = contribute().injections().get(WorkspacePath.of("Dockerfile"));
        // Join continuation lines, drop comments and blanks: one entry per instruction.
        return dockerfile.replaceAll("\\\\\\n", " ").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void identifiesItselfAndNeedsPython() {
        DockerModule module = new DockerModule();
        assertThat(DockerModule.ID).isEqualTo("docker");
        assertThat(module.id()).isEqualTo("docker");
        assertThat(module.displayName()).isEqualTo("Docker");
        assertThat(module.requires()).containsExactly("python");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"uv-3.13.Dockerfile, uv,", "uv-3.12.Dockerfile, uv, 3.12", "pip-3.13.Dockerfile, pip,",
        "pip-3.11.Dockerfile, pip, 3.11"})
    void theDockerfileFitsThePackageManagerAndPythonVersionByteForByte(String golden, String manager, String version)
            throws IOException {
        PythonOptions python = new PythonOptions(PackageManager.parse(manager), Optional.ofNullable(version));
        DockerModule module = new DockerModule(python);

        String dockerfile = new WorkspaceContext(Workspace.inMemory(), module).manifestOf(module).injections()
                .get(WorkspacePath.of("Dockerfile"));

        try (InputStream in = DockerModuleTest.class.getResourceAsStream("/docker/" + golden)) {
            assertThat(in).as(golden).isNotNull();
            assertThat(dockerfile).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePipDockerfileInstallsTheRequirementsAndNeverMentionsUv() {
        String dockerfile = DockerModule.dockerfile(PythonOptions.pip());

        assertThat(dockerfile).contains("COPY requirements.txt ./").contains("pip install -r requirements.txt")
                .doesNotContain("uv");
    }

    @Test
    void turnsOnDockerIgnoreAndInjectsOnlyTheDockerfile() {
        EnvironmentManifest manifest = contribute();

        assertThat(manifest.writesDockerIgnore()).isTrue();
        assertThat(manifest.injections()).containsOnlyKeys(WorkspacePath.of("Dockerfile"));
        assertThat(manifest.dockerIgnores()).isEmpty();
        assertThat(manifest.vcsIgnores()).isEmpty();
        assertThat(manifest.merges()).isEmpty();
        assertThat(manifest.preCommitRepos()).isEmpty();
        assertThat(manifest.devDependencies()).isEmpty();
        assertThat(manifest.dependencies()).isEmpty();
    }

    @Test
    void theDockerfileBuildsWithUvAndRunsAsAnUnprivilegedUser() {
        List<String> instructions = instructions();

        assertThat(instructions.stream().filter(l -> l.startsWith("FROM ")))
                .containsExactly("FROM ghcr.io/astral-sh/uv:python3.13-bookworm-slim AS builder",
                        "FROM python:3.13-slim-bookworm AS runtime");
        assertThat(instructions).contains("COPY pyproject.toml uv.lock ./");
        assertThat(instructions.stream().filter(l -> l.startsWith("RUN --mount=type=cache,target=/root/.cache/uv")))
                .hasSize(2).allMatch(l -> l.contains("uv sync --frozen --no-dev"));
        int lockCopy = instructions.indexOf("COPY pyproject.toml uv.lock ./");
        int projectCopy = instructions.indexOf("COPY . /app");
        assertThat(lockCopy).isLessThan(projectCopy);
        assertThat(instructions.get(lockCopy + 1)).contains("uv sync --frozen --no-dev");

        int runtime = instructions.indexOf("FROM python:3.13-slim-bookworm AS runtime");
        List<String> runtimeStage = instructions.subList(runtime, instructions.size());
        assertThat(runtimeStage).anyMatch(l -> l.startsWith("RUN ") && l.contains("useradd") && l.contains("--uid 10001"));
        assertThat(runtimeStage).contains("COPY --from=builder /app /app");
        assertThat(runtimeStage).anyMatch(l -> l.startsWith("ENV PATH=\"/app/.venv/bin:$PATH\""));
        assertThat(runtimeStage.stream().filter(l -> l.startsWith("USER "))).containsExactly("USER app");
        assertThat(runtimeStage.get(runtimeStage.size() - 1)).startsWith("CMD [");
        assertThat(runtimeStage.indexOf("USER app")).isLessThan(runtimeStage.size() - 1);
    }
}
