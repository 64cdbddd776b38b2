package dev.protostar.modules.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.protostar.Protostar;
import dev.protostar.api.GenerationReport;
import dev.protostar.api.InvalidArgumentException;
import dev.protostar.api.LatexPreset;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.testing.WorkspaceSnapshot;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every generator's output, byte for byte, against the expected files under src/test/resources/generators. */
class GeneratorGoldenFilesTest {

    private static void assertFile(Workspace workspace, String path, String golden) {
        assertThat(new String(workspace.read(WorkspacePath.of(path)), StandardCharsets.UTF_8))
                .as(path).isEqualTo(new String(GoldenFiles.bytes(golden), StandardCharsets.UTF_8));
        assertThat(workspace.read(WorkspacePath.of(path))).as(path + " bytes").isEqualTo(GoldenFiles.bytes(golden));
    }

    @Test
    void cppClassWritesAHeaderWithPragmaOnceAndASourceThatIncludesIt() {
        Workspace workspace = Workspace.inMemory();

        GenerationReport report = Protostar.generate("cpp-class").name("Motor").workspace(workspace).run();

        assertThat(report.target()).isEqualTo("cpp-class");
        assertThat(report.created()).containsExactly(WorkspacePath.of("Motor.hpp"), WorkspacePath.of("Motor.cpp"));
        assertThat(report.warnings()).isEmpty();
        assertFile(workspace, "Motor.hpp", "cpp-class/Motor.hpp");
        assertFile(workspace, "Motor.cpp", "cpp-class/Motor.cpp");
        assertThat(WorkspaceSnapshot.of(workspace)).as("nothing else, no .protostar/ left behind")
                .containsOnlyKeys("Motor.hpp", "Motor.cpp");
    }

    @Test
    void cmakeListsTheSourcesItFindsWithQuotesWhereNeeded() {
        Workspace workspace = Workspace.inMemory();
        workspace.createDirectories(WorkspacePath.of("src/drivers"));
        workspace.createDirectories(WorkspacePath.of("build"));
        workspace.createDirectories(WorkspacePath.of(".git"));
        for (String file : new String[] {"main.cpp", "src/motor.cc", "src/drivers/can bus.cxx", "src/drivers/can.hpp",
                "build/gen.cpp", ".git/x.cpp"}) {
            workspace.write(WorkspacePath.of(file), new byte[0]);
        }

        Protostar.generate("cmake").name("orbital-sim").workspace(workspace).run();

        assertFile(workspace, "CMakeLists.txt", "cmake-orbital-sim.CMakeLists.txt");
    }

    @Test
    void cmakeWithoutSourcesIsRefusedAndWritesNothing() {
        Workspace workspace = Workspace.inMemory();
        workspace.createDirectories(WorkspacePath.of("build"));
        workspace.write(WorkspacePath.of("build/gen.cpp"), new byte[0]);
        workspace.write(WorkspacePath.of("motor.hpp"), new byte[0]);

        assertThatThrownBy(() -> Protostar.generate("cmake").workspace(workspace).run())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Invalid folder for cmake \"project\": it holds no C++ sources (*.cpp, *.cc, *.cxx), and"
                        + " CMake refuses an executable without any.")
                .satisfies(e -> assertThat(((InvalidArgumentException) e).exitCode()).isEqualTo(2));
        assertThat(WorkspaceSnapshot.of(workspace)).containsOnlyKeys("build/", "build/gen.cpp", "motor.hpp");
    }

    @Test
    void pioWithAPlatformWritesABoardProtostarDoesNotKnow() {
        Workspace workspace = Workspace.inMemory();

        Protostar.generate("pio").name("arduino_uno_q").platform("ststm32").workspace(workspace).run();

        assertFile(workspace, "platformio.ini", "platformio-arduino_uno_q.ini");
    }

    @ParameterizedTest
    @EnumSource(LatexPreset.class)
    void texWritesMainTexWithThePresetsPackages(LatexPreset preset) {
        Workspace workspace = Workspace.inMemory();

        GenerationReport report = Protostar.generate("tex").latexPreset(preset).workspace(workspace).run();

        assertThat(report.created()).containsExactly(WorkspacePath.of("main.tex"));
        assertFile(workspace, "main.tex", "tex-" + preset.id() + ".tex");
    }

    @Test
    void texTakesTheDocumentNameWithOrWithoutItsExtensionAndDefaultsToMinimal() {
        Workspace workspace = Workspace.inMemory();

        Protostar.generate("tex").name("report.tex").workspace(workspace).run();
        Protostar.generate("tex").name("notes").workspace(workspace).run();

        String minimal = new String(GoldenFiles.bytes("tex-minimal.tex"), StandardCharsets.UTF_8);
        assertThat(workspace.readString(WorkspacePath.of("report.tex"))).isEqualTo(minimal.replace("main.tex", "report.tex"));
        assertThat(workspace.readString(WorkspacePath.of("notes.tex"))).isEqualTo(minimal.replace("main.tex", "notes.tex"));
    }

    @Test
    void circuitPythonWritesANonBlockingMainLoop() {
        Workspace workspace = Workspace.inMemory();

        Protostar.generate("circuitpython").workspace(workspace).run();

        assertFile(workspace, "code.py", "code.py");
        String code = workspace.readString(WorkspacePath.of("code.py"));
        assertThat(code).contains("time.monotonic()").contains("while True:").doesNotContain("time.sleep");
    }

    @Test
    void pioWritesPlatformioIniForTheBoard() {
        Workspace workspace = Workspace.inMemory();

        Protostar.generate("pio").name("esp32dev").workspace(workspace).run();

        assertFile(workspace, "platformio.ini", "platformio-esp32dev.ini");
    }

    @Test
    void pioWritesAShorthandAsThePlatformioBoardIdAndSaysSo() {
        Workspace workspace = Workspace.inMemory();

        Protostar.generate("pio").name("nano").workspace(workspace).run();

        assertFile(workspace, "platformio.ini", "platformio-nano.ini");
    }
}
