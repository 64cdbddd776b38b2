package dev.protostar.core.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonVersionChainTest {

    private final Workspace workspace = Workspace.inMemory();

    private void write(String path, String content) {
        WorkspacePath p = WorkspacePath.of(path);
        p.parent().filter(d -> !d.isRoot()).ifPresent(workspace::createDirectories);
        workspace.write(p, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void requiresPythonWinsWithItsFirstMajorMinor() {
        write("pyproject.toml", "[project]\nrequires-python = \">=3.11.2, <4\"\n");
        write(".venv/pyvenv.cfg", "version = 3.12.1\n");

        assertThat(PythonVersionChain.resolve(workspace, Optional.of("3.10"))).isEqualTo("3.11");
    }

    @Test
    void thenTheVenvThenConfigurationThen313() {
        write("pyproject.toml", "[project]\nname = \"x\"\n");
        write(".venv/pyvenv.cfg", "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.1\n");
        assertThat(PythonVersionChain.resolve(workspace, Optional.of("3.10"))).isEqualTo("3.12");

        Workspace bare = Workspace.inMemory();
        assertThat(PythonVersionChain.resolve(bare, Optional.of("3.10"))).isEqualTo("3.10");
        assertThat(PythonVersionChain.resolve(bare, Optional.empty())).isEqualTo("3.13");
    }

    @Test
    void aBrokenPyprojectIsSkippedNotFatal() {
        write("pyproject.toml", "[project\nrequires-python = \">=3.9\"\n");

        assertThat(PythonVersionChain.resolve(workspace, Optional.empty())).isEqualTo("3.13");
    }

    @Test
    void everyPlaceholderIsReplacedAndPayloadsWithoutOneAreUntouched() {
        write("pyproject.toml", "[project]\nrequires-python = \">=3.12\"\n");

        assertThat(PythonVersionChain.interpolate(
                        "[tool.mypy]\npython_version = \"{{PYTHON_VERSION}}\" # {{PYTHON_VERSION}}\n", workspace,
                        Optional.empty()))
                .isEqualTo("[tool.mypy]\npython_version = \"3.12\" # 3.12\n");
        assertThat(PythonVersionChain.interpolate("a = 1\n", Workspace.inMemory(), Optional.empty())).isEqualTo("a = 1\n");
    }
}
