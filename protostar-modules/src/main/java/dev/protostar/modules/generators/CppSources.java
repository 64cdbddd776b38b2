package dev.protostar.modules.generators;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.Workspace;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the C++ sources of a folder for its {@code CMakeLists.txt}: files ending in {@code .cpp},
 * {@code .cc} or {@code .cxx} (lower case), in every folder below the root except build output
 * ({@code build/}, CLion's {@code cmake-build-*}) and hidden folders ({@code .git/} and every other
 * name starting with a dot). Hidden files (such as an editor's {@code .#main.cpp}) are skipped too, and
 * links are not followed. The result is sorted by path, folder by folder.
 */
final class CppSources {

    private static final List<String> EXTENSIONS = List.of(".cpp", ".cc", ".cxx");

    private CppSources() {}

    /** The sources under the workspace root, sorted. */
    static List<WorkspacePath> in(Workspace workspace) {
        List<WorkspacePath> found = new ArrayList<>();
        walk(workspace, WorkspacePath.root(), found);
        return found;
    }

    private static void walk(Workspace workspace, WorkspacePath folder, List<WorkspacePath> found) {
        for (WorkspacePath child : workspace.list(folder)) {
            Optional<FileAttributes> attributes = workspace.attributes(child);
            if (attributes.isEmpty()) {
                continue; // removed while we looked
            }
            String name = child.fileName();
            if (attributes.get().isDirectory()) {
                if (!skipped(name)) {
                    walk(workspace, child, found);
                }
            } else if (attributes.get().isFile() && !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith)) {
                found.add(child);
            }
        }
    }

    /** Build output and hidden folders. */
    static boolean skipped(String folderName) {
        return folderName.startsWith(".") || folderName.equals("build") || folderName.startsWith("cmake-build-");
    }
}
