package dev.protostar.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protostar generate} on a real temporary folder. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
    }

    private CliRun cli(String... args) {
        return CliRun.of(home, Map.of(), args);
    }

    @Test
    void cppClassWritesBothFilesIntoANewFolderAndListsThem() throws IOException {
        CliRun run = cli("generate", "cpp-class", "Motor", "--dir", "firmware");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        Path folder = home.resolve("firmware");
        assertThat(run.out()).isEqualTo("created  Motor.hpp\ncreated  Motor.cpp\nSUCCESS: 2 files written in " + folder + ".\n");
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(folder.resolve("Motor.hpp"))).startsWith("#pragma once\n");
        assertThat(Files.readString(folder.resolve("Motor.cpp"))).startsWith("#include \"Motor.hpp\"\n");
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted()).containsExactly("Motor.cpp", "Motor.hpp");
        }
    }

    @Test
    void withoutDirItWritesIntoTheWorkingFolder() throws IOException {
        CliRun run = cli("generate", "circuitpython");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(home.resolve("code.py"))).contains("time.monotonic()");
    }

    @Test
    void anExistingFileExitsWith1AndLeavesEveryFileUntouched() throws IOException {
        Path folder = Files.createDirectories(home.resolve("fw"));
        Files.writeString(folder.resolve("Motor.hpp"), "// my own header\n");
        Files.writeString(folder.resolve("main.cpp"), "int main() {}\n");
        FileTime headerTime = Files.getLastModifiedTime(folder.resolve("Motor.hpp"));
        Map<String, String> before = ProtostarCliTest.snapshot(folder);

        CliRun run = cli("generate", "cpp-class", "Motor", "--dir", "fw");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("ABORTED: Cannot generate cpp-class: Motor.hpp already exists. Generators never"
                + " overwrite; nothing was written.\n  hint: Choose another name, or move that file aside and run again.\n");
        assertThat(run.out()).isEmpty();
        assertThat(ProtostarCliTest.snapshot(folder)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(folder.resolve("Motor.hpp"))).isEqualTo(headerTime);
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted()).containsExactly("Motor.hpp", "main.cpp");
        }
    }

    @Test
    void anUnknownBoardIsBadUsageListingTheKnownBoardsAndLeavesNoFolderBehind() {
        CliRun run = cli("generate", "pio", "arduino_uno_q", "--dir", "board");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Invalid board \"arduino_uno_q\": Protostar does not know which PlatformIO platform it belongs"
                        + " to. Known boards (* matches any ending): espressif32: ")
                .contains("name its PlatformIO platform (CLI: --platform PLATFORM, such as --platform espressif32)")
                .endsWith("\nRun 'protostar generate --help' for the options.\n");
        assertThat(home.resolve("board")).doesNotExist();
    }

    @Test
    void anInvalidClassNameIsBadUsage() {
        CliRun run = cli("generate", "cpp-class", "2fast", "--dir", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid C++ class name \"2fast\": ");
        assertThat(home.resolve("x")).doesNotExist();
    }

    @Test
    void anUnknownTargetOrPresetOrAMissingNameIsBadUsage() {
        CliRun target = cli("generate", "rust");
        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).startsWith("Invalid generator target \"rust\": there is no generator of that name."
                + " Use one of: cpp-class NAME, cmake [PROJECT], tex [NAME], circuitpython, pio BOARD.");

        CliRun preset = cli("generate", "tex", "--latex-preset", "thesis");
        assertThat(preset.exitCode()).isEqualTo(2);
        assertThat(preset.err()).startsWith("Invalid LaTeX preset \"thesis\"");

        CliRun missing = cli("generate", "pio");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Invalid pio argument \"\": pio needs a BOARD. Run it as: pio BOARD.");

        CliRun none = cli("generate");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter");
        try (var entries = Files.list(home)) {
            assertThat(entries).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void texTakesTheLatexPreset() throws IOException {
        CliRun run = cli("generate", "tex", "lab", "--latex-preset", "science", "--dir", "paper");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(home.resolve("paper/lab.tex")))
                .contains("\"science\" package set").contains("\\usepackage{siunitx}");
    }

    @Test
    void cmakeListsTheSourcesOfTheFolderAndNamesTheProjectAfterIt() throws IOException {
        Path folder = Files.createDirectories(home.resolve("rover/src"));
        Files.writeString(folder.resolve("drive.cpp"), "");
        Files.writeString(home.resolve("rover/main.cpp"), "");

        CliRun run = cli("generate", "cmake", "--dir", "rover");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(home.resolve("rover/CMakeLists.txt")))
                .contains("project(rover LANGUAGES CXX)\n")
                .contains("add_executable(rover\n    main.cpp\n    src/drive.cpp\n)\n");
    }

    @Test
    void theHelpListsEveryTargetAndTheExitCodes() {
        CliRun run = cli("generate", "--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out())
                .contains("Targets:\n  cpp-class NAME    ")
                .contains("\n  cmake [PROJECT]   ")
                .contains("\n  tex [NAME]        ")
                .contains("\n  circuitpython     ")
                .contains("\n  pio BOARD         ")
                .contains("Exit codes:\n  0    success\n  1    a file to write exists already; nothing was written\n")
                .contains("  2    bad usage");
    }

    @Test
    void theTopLevelHelpListsTheCommand() {
        CliRun run = cli("--help");

        assertThat(run.out()).contains("generate");
    }
}
