package dev.protostar.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The secret that seals a run's journal, so that only journals Protostar wrote on this machine for
 * a folder are ever replayed there. It is kept <em>outside</em> every workspace: a journal found in
 * a folder (committed to a repository, unpacked from an archive, copied from another machine)
 * cannot carry a valid seal, because whoever made it did not have the key.
 *
 * <p>Each run seals its journal's header and every entry with HMAC-SHA256 under this key, over the
 * folder's identity, the {@linkplain #host() host name}, a random per-run nonce and the entry's
 * sequence number and content (a file's earlier bytes through their SHA-256). A run that finds an
 * open journal replays it only when every seal checks; otherwise it stops with an {@link
 * UntrustedJournalException} and changes nothing.
 *
 * <p>Where the key lives is an explicit input of every run: {@link #forUser(Map)} for the usual
 * per-user file, {@link #at(Path)} for a file of your choice, {@link #of(byte[])} for a secret your
 * application keeps itself (in-memory workspaces, tests). A key file holds {@value #LENGTH} random
 * bytes; it is created on first need (when a run writes its first journal entry) with mode
 * {@code 0600} in a folder created with mode {@code 0700}, and its content is never printed.
 *
 * <p>When the key file cannot be read or created (a read-only home folder), runs still work and
 * still write their journal, so that a failure inside the run is rolled back as always; but that
 * journal carries no seal, so if the run is killed, the next run refuses to replay it and says why.
 *
 * <p>Safe for use by several threads; the key file is read at most once per instance.
 */
public final class JournalKey {

    /** How many random bytes a key file holds. */
    public static final int LENGTH = 32;

    private final KeySource source;
    private final String host;
    private byte[] secret; // guarded by this

    private JournalKey(KeySource source, String host) {
        this.source = source;
        this.host = host;
    }

    /**
     * The key of the user whose environment is {@code environment}: the file {@code
     * $XDG_STATE_HOME/protostar/journal.key} when {@code XDG_STATE_HOME} is set to an absolute path,
     * else {@code $HOME/.local/state/protostar/journal.key}. When neither is set, the key is
     * unavailable: runs work, but a killed run's journal cannot be recovered (see above).
     *
     * @param environment environment variables, such as {@code System.getenv()}; only {@code
     *     XDG_STATE_HOME} and {@code HOME} are read
     */
    public static JournalKey forUser(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String state = environment.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return at(Path.of(state, "protostar", "journal.key"));
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return at(Path.of(home, ".local", "state", "protostar", "journal.key"));
        }
        return new JournalKey(new KeySource.Missing("neither XDG_STATE_HOME nor HOME is set, so there is no"
                + " place outside the project for Protostar's journal key"), null);
    }

    /**
     * The key kept in {@code file} (of any {@link java.nio.file.FileSystem}), created there on
     * first need with {@value #LENGTH} random bytes, mode {@code 0600}, in folders created with
     * mode {@code 0700}. An existing file must hold exactly {@value #LENGTH} bytes.
     */
    public static JournalKey at(Path file) {
        return new JournalKey(new KeySource.File(file.toAbsolutePath()), null);
    }

    /**
     * A key your application keeps itself, for example one per process for in-memory workspaces.
     * Runs recover each other's journals only when they are given equal secrets.
     *
     * @param secret at least 16 bytes; copied
     * @throws IllegalArgumentException when {@code secret} is shorter
     */
    public static JournalKey of(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("A journal key needs at least 16 bytes, got " + secret.length);
        }
        return new JournalKey(new KeySource.Held(secret.clone()), null);
    }

    /** A fresh random key held in memory: journals it seals can be recovered only by runs given this object. */
    public static JournalKey random() {
        return new JournalKey(new KeySource.Held(KeySource.randomBytes()), null);
    }

    /**
     * This key, binding journals to {@code name} instead of the host name of this machine (for
     * containers whose host name changes at every start, and for tests).
     */
    public JournalKey onHost(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A host name is not blank");
        }
        return new JournalKey(source, name);
    }

    /**
     * The host name journals are bound to: the one given to {@link #onHost(String)}, else this
     * machine's ({@code /proc/sys/kernel/hostname} where it exists, else the local host's name).
     */
    public String host() {
        return host != null ? host : KeySource.localHostName();
    }

    /** The key file, when the key is kept in one. */
    public Optional<Path> file() {
        return source instanceof KeySource.File file ? Optional.of(file.path()) : Optional.empty();
    }

    /** Where the key is kept, for messages; never the key itself. */
    public String describe() {
        return source.describe();
    }

    /**
     * The HMAC-SHA256 of {@code message} under this key, reading the key file, or creating it when
     * it does not exist yet.
     *
     * @throws UncheckedIOException saying why, when the key cannot be read or created
     */
    public byte[] sign(byte[] message) {
        return hmacSha256(secret(true), message);
    }

    /**
     * Whether {@code mac} is the HMAC-SHA256 of {@code message} under this key (compared in constant
     * time). Never creates the key file.
     *
     * @throws UncheckedIOException saying why, when the key does not exist or cannot be read
     */
    public boolean verify(byte[] message, byte[] mac) {
        return MessageDigest.isEqual(hmacSha256(secret(false), message), mac);
    }

    /**
     * HMAC-SHA256 (RFC 2104) on {@link MessageDigest} directly: the same bytes as {@code
     * javax.crypto.Mac} "HmacSHA256", without loading the JCE provider, which costs a fresh JVM
     * tens of milliseconds at the first seal of a run.
     */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64];
            byte[] shortKey = key.length > block.length ? sha256.digest(key) : key;
            System.arraycopy(shortKey, 0, block, 0, shortKey.length);
            byte[] inner = new byte[64];
            byte[] outer = new byte[64];
            for (int i = 0; i < block.length; i++) {
                inner[i] = (byte) (block[i] ^ 0x36);
                outer[i] = (byte) (block[i] ^ 0x5c);
            }
            sha256.update(inner);
            byte[] innerHash = sha256.digest(message);
            sha256.update(outer);
            return sha256.digest(innerHash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private synchronized byte[] secret(boolean create) {
        if (secret == null) {
            try {
                secret = source.load(create);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }
        return secret;
    }

    @Override
    public String toString() {
        return "JournalKey(" + describe() + ")";
    }
}
