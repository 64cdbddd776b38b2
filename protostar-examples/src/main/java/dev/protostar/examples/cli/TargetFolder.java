package dev.protostar.examples.cli;

import dev.protostar.api.WorkspaceException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a command works in ({@code --dir}): created when missing, removed again when a failed command leaves it empty. */
final class TargetFolder {

    private TargetFolder() {}

    /**
     * Creates {@code folder} when missing.
     *
     * @return whether it was created
     * @throws WorkspaceException (exit code 74) when it cannot be created
     */
    static boolean createIfMissing(Path folder) {
        if (Files.isDirectory(folder)) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            String reason = e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                    : e.getClass().getSimpleName() + " " + e.getMessage();
            throw new WorkspaceException(null, "Cannot create the project folder " + folder + ": " + reason + ".",
                    "Choose another --dir, or move the file aside.", e);
        }
    }

    /** Removes {@code folder} when this command {@code created} it and it is still empty. */
    static void removeIfEmpty(Path folder, boolean created) {
        if (!created) {
            return;
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException ignored) {
            // Leaving an empty folder we created behind is harmless; the command's error matters more.
        }
    }
}
