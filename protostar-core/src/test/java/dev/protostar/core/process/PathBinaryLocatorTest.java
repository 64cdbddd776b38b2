package dev.protostar.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathBinaryLocatorTest {

    @TempDir
    Path temp;

    private static String path(Path... directories) {
        StringBuilder value = new StringBuilder();
        for (Path directory : directories) {
            if (value.length() > 0) {
                value.append(File.pathSeparator);
            }
            value.append(directory);
        }
        return value.toString();
    }

    @Test
    void firstExecutableInPathOrderWins() throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Path early = Stubs.script(first, "uv", "echo first");
        Stubs.script(second, "uv", "echo second");
        Path onlyLater = Stubs.script(second, "ruff", "echo ruff");

        PathBinaryLocator locator = PathBinaryLocator.ofSearchPath(path(first, second));

        assertThat(locator.resolve("uv")).contains(early);
        assertThat(locator.resolve("ruff")).contains(onlyLater);
        assertThat(locator.isAvailable("uv")).isTrue();
        assertThat(locator.isAvailable("git-that-is-not-here")).isFalse();
        assertThat(locator.directories()).containsExactly(first, second);
    }

    @Test
    void skipsFilesThatAreNotExecutableAndFoldersWithTheProgramsName() throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Path plain = Files.writeString(first.resolve("tool"), "not a program");
        Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(first.resolve("other"));
        Path real = Stubs.script(second, "tool", "echo tool");
        Stubs.script(second, "other", "echo other");

        PathBinaryLocator locator = PathBinaryLocator.ofSearchPath(path(first, second));

        assertThat(locator.resolve("tool")).contains(real);
        assertThat(locator.resolve("other")).contains(second.resolve("other"));
    }

    @Test
    void namesWithASlashAndOddNamesAreNeverSearched() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createDirectories(bin.resolve("sub"));
        Stubs.script(bin.resolve("sub"), "tool", "echo tool");

        PathBinaryLocator locator = PathBinaryLocator.ofSearchPath(bin.toString());

        assertThat(locator.resolve("sub/tool")).isEmpty();
        assertThat(locator.resolve("")).isEmpty();
        assertThat(locator.resolve(" ")).isEmpty();
        assertThat(locator.resolve("..")).isEmpty();
        assertThat(locator.resolve("nul\0byte")).isEmpty();
    }

    @Test
    void emptyAndRelativeEntriesAreIgnoredSoTheAnswerNeverDependsOnTheWorkingDirectory() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Stubs.script(bin, "tool", "echo tool");

        PathBinaryLocator locator = PathBinaryLocator.ofSearchPath(
                File.pathSeparator + "relative/bin" + File.pathSeparator + bin + File.pathSeparator + "." + File.pathSeparator);

        assertThat(locator.directories()).containsExactly(bin);
        assertThat(locator.resolve("tool")).contains(bin.resolve("tool"));
    }

    @Test
    void environmentWithoutPathFindsNothing() {
        PathBinaryLocator locator = PathBinaryLocator.fromEnvironment(Map.of("HOME", "/root"));

        assertThat(locator.isAvailable("sh")).isFalse();
        assertThat(locator.searchPath()).isEmpty();
        assertThat(locator.directories()).isEmpty();
    }

    @Test
    void systemLocatorReadsThisProcessesPath() {
        assertThat(PathBinaryLocator.ofSystem().searchPath()).isEqualTo(System.getenv().getOrDefault("PATH", ""));
    }

    @Test
    void seesProgramsInstalledAfterItWasMade() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        PathBinaryLocator locator = PathBinaryLocator.fromEnvironment(Map.of("PATH", bin.toString()));
        assertThat(locator.isAvailable("late")).isFalse();

        Stubs.script(bin, "late", "echo late");

        assertThat(locator.isAvailable("late")).isTrue();
    }
}
