package dev.protostar.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.UUID;

/** Where a {@link JournalKey}'s secret comes from: a file outside the workspace, memory, or nowhere. */
sealed interface KeySource {

    /** The secret; {@code create} allows making a missing key file. */
    byte[] load(boolean create) throws IOException;

    String describe();

    /** A secret held in memory. */
    record Held(byte[] secret) implements KeySource {
        @Override
        public byte[] load(boolean create) {
            return secret;
        }

        @Override
        public String describe() {
            return "a journal key held in memory by the application";
        }
    }

    /** No place for a key; every use fails with {@code why}. */
    record Missing(String why) implements KeySource {
        @Override
        public byte[] load(boolean create) throws IOException {
            throw new IOException(why);
        }

        @Override
        public String describe() {
            return "no journal key (" + why + ")";
        }
    }

    /** A key file: {@value JournalKey#LENGTH} bytes, mode 0600, in a folder of mode 0700. */
    record File(Path path) implements KeySource {
        @Override
        public byte[] load(boolean create) throws IOException {
            try {
                return read();
            } catch (NoSuchFileException e) {
                if (!create) {
                    throw new IOException("the journal key " + path + " does not exist", e);
                }
            }
            return createOrRead();
        }

        private byte[] read() throws IOException {
            if (!Files.isRegularFile(path)) {
                if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NoSuchFileException(path.toString());
                }
                throw new IOException("the journal key " + path + " is not a regular file");
            }
            byte[] secret = Files.readAllBytes(path);
            if (secret.length != JournalKey.LENGTH) {
                throw new IOException("the journal key " + path + " holds " + secret.length + " bytes, not "
                        + JournalKey.LENGTH + " (damaged? delete it, and Protostar makes a new one)");
            }
            return secret;
        }

        /**
         * Writes a new key beside the target and links it into place, so that two runs creating the
         * key at once both end up with the same one, and a half-written key is never seen.
         */
        private byte[] createOrRead() throws IOException {
            Path folder = path.getParent();
            boolean posix = Files.getFileAttributeView(folder.getRoot(), PosixFileAttributeView.class) != null;
            try {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            } catch (IOException e) {
                throw new IOException("cannot create the folder of the journal key " + path + ": " + e, e);
            }
            Path temp = folder.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
            FileAttribute<?>[] privateFile = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            try {
                byte[] secret = randomBytes();
                Files.createFile(temp, privateFile);
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                    out.write(secret);
                }
                try {
                    Files.createLink(path, temp);
                } catch (FileAlreadyExistsException raced) {
                    throw raced;
                } catch (UnsupportedOperationException | IOException noHardLinks) {
                    Files.move(temp, path); // no hard links here: a move that never replaces
                }
                return secret;
            } catch (FileAlreadyExistsException raced) {
                return read(); // another run made it first: use theirs
            } catch (IOException e) {
                throw new IOException("cannot create the journal key " + path + ": " + e, e);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        @Override
        public String describe() {
            return "the journal key " + path;
        }
    }

    static byte[] randomBytes() {
        byte[] secret = new byte[JournalKey.LENGTH];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** This machine's name: the kernel's where Linux shows it, else the local host's, else "unknown-host". */
    static String localHostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                String name = Files.readString(kernel, StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown-host";
        }
    }
}
