package dev.protostar.core.process;

import dev.protostar.api.BinaryLocator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds programs the way a POSIX shell does: by looking through the folders of a {@code PATH}
 * value, in order, for an executable regular file with the program's name.
 *
 * <p>Differences from a shell, on purpose: a name containing {@code '/'} is never searched (the
 * caller resolves such names against the folder the program will run in), and empty or relative
 * {@code PATH} entries are skipped, because they would make the answer depend on the JVM's working
 * directory. Instances are immutable and look at the file system on every call, so a program
 * installed after the locator was made is found.
 */
public final class PathBinaryLocator implements BinaryLocator {

    private final String searchPath;
    private final List<Path> directories;

    private PathBinaryLocator(String searchPath) {
        this.searchPath = searchPath;
        this.directories = parse(searchPath);
    }

    /** A locator for the {@code PATH} value of {@code environment}; no {@code PATH} means nothing is found. */
    public static PathBinaryLocator fromEnvironment(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String path = environment.get("PATH");
        return new PathBinaryLocator(path == null ? "" : path);
    }

    /** A locator for this process's own {@code PATH}. */
    public static PathBinaryLocator ofSystem() {
        return fromEnvironment(System.getenv());
    }

    /** A locator for a {@code PATH}-style value: folders separated by {@link File#pathSeparator}. */
    public static PathBinaryLocator ofSearchPath(String searchPath) {
        return new PathBinaryLocator(Objects.requireNonNull(searchPath, "searchPath"));
    }

    /** Whether {@link #resolve(String)} finds {@code name}. */
    @Override
    public boolean isAvailable(String name) {
        return resolve(name).isPresent();
    }

    /**
     * The absolute path of the first executable regular file called {@code name} in the search
     * path's folders, or empty when there is none, the name is blank, or it contains {@code '/'}.
     */
    public Optional<Path> resolve(String name) {
        if (name == null || name.isBlank() || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0
                || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        for (Path directory : directories) {
            Path candidate;
            try {
                candidate = directory.resolve(name);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
            if (isExecutableFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The {@code PATH} value this locator searches, as given, for messages. */
    public String searchPath() {
        return searchPath;
    }

    /** The absolute folders that are searched, in order. */
    public List<Path> directories() {
        return directories;
    }

    static boolean isExecutableFile(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
    }

    private static List<Path> parse(String searchPath) {
        List<Path> result = new ArrayList<>();
        for (String entry : searchPath.split(File.pathSeparator, -1)) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                Path directory = Path.of(entry);
                if (directory.isAbsolute() && !result.contains(directory)) {
                    result.add(directory);
                }
            } catch (InvalidPathException e) {
                // An entry that is not a path cannot hold programs; a shell ignores it too.
            }
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return "PathBinaryLocator[" + searchPath + "]";
    }
}
