package dev.protostar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same generation in memory, on Jimfs and on disk: the same bytes, nothing else left behind. */
class GenerateWorkspacesTest {

    @TempDir
    Path temp;

    private static byte[] header(Workspace workspace) {
        Protostar.generate("cpp-class").name("Motor").workspace(workspace).run();
        return workspace.read(WorkspacePath.of("Motor.hpp"));
    }

    private static Stream<String> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @Test
    void jimfsAndDiskGetTheBytesOfTheInMemoryRun() throws IOException {
        byte[] inMemory = header(Workspace.inMemory());
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = Files.createDirectories(jimfs.getPath("/work/rover"));
            assertThat(header(Workspace.at(root))).isEqualTo(inMemory);
            assertThat(entries(root)).containsExactly("Motor.cpp", "Motor.hpp");
        }
        Path disk = Files.createDirectories(temp.resolve("rover"));
        assertThat(header(Workspace.at(disk))).isEqualTo(inMemory);
        assertThat(entries(disk)).as("no lock, journal or temp file left").containsExactly("Motor.cpp", "Motor.hpp");
    }

    @Test
    void cmakeNamesTheProjectAfterTheFolderOnDiskWithUnusableCharactersReplaced() throws IOException {
        Path disk = Files.createDirectories(temp.resolve("orbital sim"));
        Files.writeString(disk.resolve("main.cpp"), "int main() {}\n");

        Protostar.generate("cmake").workspace(disk).run();

        String lists = Files.readString(disk.resolve("CMakeLists.txt"));
        assertThat(lists).contains("project(orbital_sim LANGUAGES CXX)\n").contains("add_executable(orbital_sim\n    main.cpp\n)\n");
    }

    @Test
    void cmakeOnJimfsHasNoLocalFolderSoTheProjectIsCalledProject() throws IOException {
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = Files.createDirectories(jimfs.getPath("/work/rover"));
            Files.writeString(root.resolve("main.cpp"), "int main() {}\n");

            Protostar.generate("cmake").workspace(root).run();

            assertThat(Files.readString(root.resolve("CMakeLists.txt"))).contains("project(project LANGUAGES CXX)\n");
        }
    }
}
