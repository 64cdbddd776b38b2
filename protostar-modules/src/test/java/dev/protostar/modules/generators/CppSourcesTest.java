package dev.protostar.modules.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the CMake generator lists, and in which order. */
class CppSourcesTest {

    private static Workspace withFiles(String... paths) {
        Workspace workspace = Workspace.inMemory();
        for (String path : paths) {
            WorkspacePath file = WorkspacePath.of(path);
            file.parent().filter(p -> !p.isRoot()).ifPresent(workspace::createDirectories);
            workspace.write(file, new byte[0]);
        }
        return workspace;
    }

    private static java.util.List<String> found(Workspace workspace) {
        return CppSources.in(workspace).stream().map(WorkspacePath::toString).toList();
    }

    @Test
    void takesCppCcAndCxxFilesInEveryFolderSortedByPathFolderByFolder() {
        Workspace workspace = withFiles("z.cpp", "a/b.cc", "a.cpp", "src/x/deep.cxx", "src/main.cpp", "M.cpp");

        assertThat(found(workspace)).containsExactly("M.cpp", "a/b.cc", "a.cpp", "src/main.cpp", "src/x/deep.cxx", "z.cpp");
    }

    @Test
    void leavesOutHeadersCSourcesUpperCaseExtensionsAndNearMisses() {
        Workspace workspace = withFiles("a.hpp", "b.h", "c.c", "d.CPP", "e.cpp.orig", "f.cppx", "g.cc");

        assertThat(found(workspace)).containsExactly("g.cc");
    }

    @Test
    void skipsBuildOutputAndHiddenFoldersAtAnyDepthAndHiddenFiles() {
        Workspace workspace = withFiles("build/CMakeFiles/CompilerIdCXX/CMakeCXXCompilerId.cpp",
                "cmake-build-debug/gen.cpp", ".git/hooks/x.cpp", ".protostar/y.cpp", "src/.cache/z.cpp",
                "src/build/old.cpp", ".#main.cpp", "builds/kept.cpp", "src/main.cpp");

        assertThat(found(workspace)).containsExactly("builds/kept.cpp", "src/main.cpp");
    }

    @Test
    void aFolderNamedLikeASourceIsSearchedNotListed() {
        Workspace workspace = withFiles("odd.cpp/inner.cpp");

        assertThat(found(workspace)).containsExactly("odd.cpp/inner.cpp");
    }

    @Test
    void linksAreNotFollowed(@TempDir Path temp) throws IOException {
        Path root = Files.createDirectories(temp.resolve("project"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("foreign.cpp"), "");
        Files.writeString(root.resolve("main.cpp"), "");
        try {
            Files.createSymbolicLink(root.resolve("linked"), outside);
            Files.createSymbolicLink(root.resolve("alias.cpp"), root.resolve("main.cpp"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links unsupported here: " + e).isTrue();
        }

        assertThat(found(Workspace.at(root))).containsExactly("main.cpp");
    }
}
