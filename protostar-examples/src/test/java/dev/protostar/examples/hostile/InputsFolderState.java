package dev.protostar.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every path under a folder with its kind, permission bits and exact bytes (or link target), so
 * that two states compare equal only when nothing at all changed. Links are recorded, never followed.
 */
final class InputsFolderState {

    private InputsFolderState() {}

    /** The state of everything under {@code root}, except the paths {@code skip} names (relative, with "/"). */
    static Map<String, String> of(Path root, String... skip) {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = root.relativize(path).toString();
                if (Set.of(skip).stream().anyMatch(s -> name.equals(s) || name.startsWith(s + "/"))) {
                    continue;
                }
                state.put(name.isEmpty() ? "." : name, describe(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    private static String describe(Path path) throws IOException {
        PosixFileAttributes attributes =
                Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String mode = Integer.toOctalString(mode(attributes.permissions()));
        if (attributes.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(path);
        }
        if (attributes.isDirectory()) {
            return "dir " + mode;
        }
        return "file " + mode + " " + HexFormat.of().formatHex(Files.readAllBytes(path));
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 0400 >> permission.ordinal();
        }
        return mode;
    }
}
