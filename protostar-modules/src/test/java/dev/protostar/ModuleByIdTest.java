package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.api.BootstrapModule;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.ManifestBuilder;
import dev.protostar.api.ModuleContext;
import dev.protostar.api.RunReport;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code module("id")}: modules found by id through ServiceLoader, with a plugin's own class loader. */
class ModuleByIdTest {

    /** A host module that only a plugin's class loader registers. */
    public static final class GreetingModule implements BootstrapModule {
        @Override
        public String id() {
            return "greeting";
        }

        @Override
        public String displayName() {
            return "Greeting";
        }

        @Override
        public void contribute(ManifestBuilder manifest, ModuleContext context) {
            manifest.inject("GREETING.txt", "hello\n");
        }
    }

    @TempDir
    Path temp;

    /** A class loader like a plugin's: its jar (here a folder) registers {@link GreetingModule}. */
    private ClassLoader pluginLoader() throws IOException {
        Path services = Files.createDirectories(temp.resolve("plugin/META-INF/services"));
        Files.writeString(services.resolve(BootstrapModule.class.getName()),
                GreetingModule.class.getName() + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader("plugin", new URL[] {temp.resolve("plugin").toUri().toURL()},
                getClass().getClassLoader());
    }

    @Test
    void aBuiltInModuleIsFoundByItsId() {
        Workspace workspace = Workspace.inMemory();

        RunReport report = Protostar.builder().workspace(workspace).python().module("mypy").run();

        assertThat(workspace.readString(WorkspacePath.of("pyproject.toml"))).contains("[tool.mypy]");
        assertThat(report.tasks()).extracting(run -> run.task().commandLine()).contains("uv add --dev -- ruff mypy");
    }

    @Test
    void aModuleTheBuilderSelectsAnywayIsNotAddedTwice() {
        Workspace byId = Workspace.inMemory();
        Workspace plain = Workspace.inMemory();

        Protostar.builder().workspace(byId).python().module("ruff").module("system").module("ruff").run();
        Protostar.builder().workspace(plain).python().run();

        assertThat(byId.readString(WorkspacePath.of("pyproject.toml")))
                .isEqualTo(plain.readString(WorkspacePath.of("pyproject.toml")));
    }

    @Test
    void aPluginsModuleIsFoundWithThePluginsClassLoader() throws IOException {
        Workspace workspace = Workspace.inMemory();

        Protostar.builder().workspace(workspace).module("greeting").moduleLoader(pluginLoader()).run();

        assertThat(workspace.readString(WorkspacePath.of("GREETING.txt"))).isEqualTo("hello\n");
        assertThat(Protostar.availableModules(pluginLoader())).extracting(BootstrapModule::id).contains("greeting");
        assertThat(Protostar.availableModules()).extracting(BootstrapModule::id).doesNotContain("greeting");
    }

    @Test
    void anUnknownIdListsTheKnownOnesAndTouchesNothing() {
        Workspace workspace = Workspace.inMemory();
        Map<String, String> before = dev.protostar.core.testing.WorkspaceSnapshot.of(workspace);

        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).module("greeting").run())
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.argument()).isEqualTo("module");
                    assertThat(e.value()).isEqualTo("greeting");
                    assertThat(e.getMessage()).startsWith("Invalid module \"greeting\": no module with this id")
                            .contains("system, python, rust, node, cpp, latex, ruff, mypy");
                    assertThat(e.hint()).get().asString().contains("moduleLoader");
                });
        assertThatThrownBy(() -> Protostar.builder().workspace(workspace).module("greeting").plan())
                .isInstanceOf(InvalidArgumentException.class);
        assertThat(dev.protostar.core.testing.WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }
}
