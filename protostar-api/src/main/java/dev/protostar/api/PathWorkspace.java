package dev.protostar.api;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** A workspace on any {@link java.nio.file.FileSystem}; writes go through a temp file and a move. */
final class PathWorkspace implements Workspace {

    static final String TEMP_SUFFIX = ".protostar-tmp";

    /** How much of the target's name a temp file repeats; keeps temp names far below NAME_MAX (255). */
    private static final int TEMP_NAME_PREFIX_CODE_POINTS = 32;

    private final Path root;

    PathWorkspace(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new WorkspaceException(null, "Workspace root " + absolute + " does not exist or is not a folder.",
                    "Create the folder first, or point Protostar at an existing one.", null);
        }
        this.root = absolute;
    }

    private Path resolve(WorkspacePath path) {
        Path result = root;
        for (String segment : path.segments()) {
            try {
                result = result.resolve(segment);
            } catch (InvalidPathException e) {
                throw misfit(path, "Cannot use " + path + ": \"" + segment + "\" is not a valid name on this file system ("
                        + e.getReason() + ").", "Choose a name this file system accepts, then run again.", e);
            }
        }
        return result;
    }

    /**
     * Refuses {@code path} when a proper ancestor inside the root is a symbolic link: every mutation and listing stays inside the root, because the file
     * system would follow a link in the middle of a path wherever it points.
     */
    private void refuseLinks(WorkspacePath path, String action) {
        List<WorkspacePath> chain = new ArrayList<>();
        for (WorkspacePath p = path.parent().orElse(WorkspacePath.root()); !p.isRoot();
                p = p.parent().orElseThrow()) {
            chain.add(p);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            WorkspacePath ancestor = chain.get(i);
            Path resolved = resolve(ancestor);
            if (Files.isSymbolicLink(resolved)) {
                throw new WorkspaceException(path, "Cannot " + action + " " + path + ": " + ancestor + " is a symbolic link, and Protostar never writes, deletes or lists through a"
                        + " link, which could lead outside the workspace (workspace " + root + ").",
                        "Replace the link " + ancestor + " with a real folder, or move it aside, then run again.", null);
            }
            if (!Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS)) {
                return; // missing, or a file: the operation itself reports that
            }
        }
    }

    /**
     * Whether a proper ancestor of {@code path} exists and is not a folder, so that {@code path}
     * cannot exist. The default file system reports that case as "Not a directory" rather than
     * {@link NoSuchFileException}.
     */
    private boolean hasNonDirectoryAncestor(WorkspacePath path) {
        for (WorkspacePath p = path.parent().orElse(WorkspacePath.root()); !p.isRoot(); p = p.parent().orElseThrow()) {
            Path ancestor = resolve(p);
            if (Files.exists(ancestor) && !Files.isDirectory(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public byte[] read(WorkspacePath path) {
        try {
            return Files.readAllBytes(resolve(path));
        } catch (NoSuchFileException e) {
            throw misfit(path, "Cannot read " + path + ": it does not exist.",
                    "It was removed while Protostar ran; run again.", e);
        } catch (IOException e) {
            throw failure(path, "Cannot read " + path + ": " + describe(e), e);
        }
    }

    @Override
    public void write(WorkspacePath path, byte[] content) {
        if (path.isRoot()) {
            throw misfit(path, "Cannot write the workspace root as a file.", "Name a file inside the workspace.", null);
        }
        refuseLinks(path, "write");
        Path target = resolve(path);
        Path parent = target.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            throw misfit(path, "Cannot write " + path + ": its folder " + path.parent().orElseThrow() + " does not exist.",
                    "Create the folder first.", null);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw misfit(path, "Cannot write " + path + ": it is a folder.", "Move the folder aside, then run again.", null);
        }
        Path temp = parent.resolve(tempName(path.fileName()));
        try {
            Files.write(temp, content);
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteTemp(temp, e);
            throw failure(path, "Cannot write " + path + ": " + describe(e), e);
        } catch (RuntimeException | Error e) {
            deleteTemp(temp, e); // e.g. a provider's unchecked exception: still no temp file left behind
            throw e;
        }
    }

    private static void deleteTemp(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** A hidden sibling name for the temp file; short enough even when the target's name is at the limit. */
    private static String tempName(String fileName) {
        int prefixEnd = fileName.codePointCount(0, fileName.length()) <= TEMP_NAME_PREFIX_CODE_POINTS
                ? fileName.length()
                : fileName.offsetByCodePoints(0, TEMP_NAME_PREFIX_CODE_POINTS);
        // Random but not from SecureRandom: its first use costs about 15 ms of start-up, and the name
        // only has to differ from other temp files (the run lock already keeps other runs out).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "." + fileName.substring(0, prefixEnd) + "." + new UUID(random.nextLong(), random.nextLong()) + TEMP_SUFFIX;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, permissions);
    }

    @Override
    public void createDirectories(WorkspacePath path) {
        refuseLinks(path, "create folder");
        try {
            Files.createDirectories(resolve(path));
        } catch (FileAlreadyExistsException e) {
            throw misfit(path, "Cannot create folder " + path + ": a file is in the way.",
                    "Move the file aside, then run again.", e);
        } catch (IOException e) {
            throw failure(path, "Cannot create folder " + path + ": " + describe(e), e);
        }
    }

    @Override
    public boolean delete(WorkspacePath path) {
        if (path.isRoot()) {
            throw misfit(path, "Refusing to delete the workspace root.", "Name an entry inside the workspace.", null);
        }
        refuseLinks(path, "delete");
        try {
            return Files.deleteIfExists(resolve(path));
        } catch (DirectoryNotEmptyException e) {
            throw misfit(path, "Cannot delete folder " + path + ": it is not empty.",
                    "Remove what it holds first, or leave it.", e);
        } catch (IOException e) {
            if (hasNonDirectoryAncestor(path)) {
                return false;
            }
            throw failure(path, "Cannot delete " + path + ": " + describe(e), e);
        }
    }

    @Override
    public List<WorkspacePath> list(WorkspacePath directory) {
        refuseLinks(directory, "list");
        Path dir = resolve(directory);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw misfit(directory, "Cannot list " + directory + ": it is not a folder.",
                    "Name a folder of the workspace.", null);
        }
        List<WorkspacePath> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                try {
                    children.add(directory.resolve(name));
                } catch (IllegalArgumentException e) {
                    throw unspellable(directory, name, e);
                }
            }
        } catch (IOException e) {
            throw failure(directory, "Cannot list " + directory + ": " + describe(e), e);
        }
        children.sort(null);
        return children;
    }

    @Override
    public Optional<FileAttributes> attributes(WorkspacePath path) {
        Path target = resolve(path);
        try {
            BasicFileAttributes basic;
            OptionalInt mode = OptionalInt.empty();
            PosixFileAttributeView posix =
                    Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (posix != null) {
                PosixFileAttributes attributes = posix.readAttributes();
                basic = attributes;
                mode = OptionalInt.of(toMode(attributes.permissions()));
            } else {
                basic = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            FileAttributes.Kind kind = basic.isSymbolicLink() ? FileAttributes.Kind.SYMLINK
                    : basic.isDirectory() ? FileAttributes.Kind.DIRECTORY
                    : basic.isRegularFile() ? FileAttributes.Kind.FILE
                    : FileAttributes.Kind.OTHER;
            return Optional.of(new FileAttributes(kind, basic.isDirectory() ? 0 : basic.size(), mode,
                    Optional.of(basic.lastModifiedTime().toInstant())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (hasNonDirectoryAncestor(path)) {
                return Optional.empty();
            }
            throw failure(path, "Cannot inspect " + path + ": " + describe(e), e);
        }
    }

    /**
     * Sets permission bits without following a final link. A file system without a POSIX view
     * (Windows, Jimfs without "posix", a zip file) keeps no modes, so there is nothing to set.
     */
    @Override
    public void setPosixMode(WorkspacePath path, int mode) {
        if ((mode & ~0777) != 0) {
            throw new IllegalArgumentException("A mode has only permission bits (0777), got 0" + Integer.toOctalString(mode));
        }
        refuseLinks(path, "set the mode of");
        FileAttributes attributes = attributes(path)
                .orElseThrow(() -> misfit(path, "Cannot set the mode of " + path + ": it does not exist.",
                        "Create it first.", null));
        if (attributes.isSymbolicLink()) {
            throw misfit(path, "Cannot set the mode of " + path + ": it is a symbolic link, and Protostar never"
                    + " changes anything through links.", "Replace the link with a real file or folder.", null);
        }
        Path target = resolve(path);
        PosixFileAttributeView view =
                Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(fromMode(mode));
        } catch (IOException e) {
            throw failure(path, "Cannot set the mode of " + path + " to 0" + Integer.toOctalString(mode) + ": "
                    + describe(e), e);
        }
    }

    /** Sets the time without following a final link; a link at {@code path} is refused. */
    @Override
    public void setModifiedTime(WorkspacePath path, java.time.Instant time) {
        java.util.Objects.requireNonNull(time, "time");
        refuseLinks(path, "set the modification time of");
        FileAttributes attributes = attributes(path).orElseThrow(() -> failure(path,
                "Cannot set the modification time of " + path + ": it does not exist.", null));
        if (attributes.isSymbolicLink()) {
            throw failure(path, "Cannot set the modification time of " + path + ": it is a symbolic link, and Protostar"
                    + " never changes anything through links.", null);
        }
        try {
            Files.getFileAttributeView(resolve(path), java.nio.file.attribute.BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).setTimes(java.nio.file.attribute.FileTime.from(time), null, null);
        } catch (IOException e) {
            throw failure(path, "Cannot set the modification time of " + path + ": " + describe(e), e);
        }
    }

    /**
     * The lock of {@link Workspace#lock(WorkspacePath)}: a file {@code lock} created exclusively and
     * naming its holder, and a file-channel lock on the holder's own {@code lock.*.live} file; see
     * {@link PathWorkspaceLock}.
     */
    @Override
    public WorkspaceLock lock(WorkspacePath folder) {
        Path directory = resolve(folder);
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw misfit(folder, "Cannot take the run lock in " + folder + ": it is not a folder.",
                    "Move what is at " + folder + " aside, then run again.", null);
        }
        return PathWorkspaceLock.acquire(directory, folder, root);
    }

    private static Set<PosixFilePermission> fromMode(int mode) {
        Set<PosixFilePermission> permissions = java.util.EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - p.ordinal()))) != 0) {
                permissions.add(p);
            }
        }
        return permissions;
    }

    private static int toMode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

    @Override
    public Optional<Path> localDirectory() {
        return root.getFileSystem() == FileSystems.getDefault() ? Optional.of(root) : Optional.empty();
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public String toString() {
        return "Workspace.at(" + root + ")";
    }

    /**
     * A folder entry whose name no {@link WorkspacePath} can spell (a backslash, a NUL, {@code ..}):
     * a data problem of the folder, not an I/O error.
     */
    private ValidationException unspellable(WorkspacePath directory, String name, IllegalArgumentException e) {
        return new ValidationException(directory, 0, 0, "holds \"" + name + "\", a name a workspace path cannot spell ("
                + e.getMessage() + "), so Protostar cannot list " + (directory.isRoot() ? "the folder" : directory)
                + " (workspace " + root + ").", "Rename \"" + name + "\" (Protostar's paths use \"/\" between names"
                + " and hold no backslash, NUL or line break) or move it out of the project, then run again; nothing"
                + " was changed.");
    }

    /** A failure that is not an I/O error: {@code hint} says what to change. */
    private WorkspaceException misfit(WorkspacePath path, String message, String hint, Exception cause) {
        return new WorkspaceException(path, message + " (workspace " + root + ")", hint, cause);
    }

    /** An I/O error. */
    private WorkspaceException failure(WorkspacePath path, String message, Exception cause) {
        return new WorkspaceException(path, message + " (workspace " + root + ")",
                "Check that the path is writable and the disk is not full, then run again.", cause);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
