package dev.protostar.core.lifecycle;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code protostar.lock}: deterministic, human-readable TOML 1.0.
 *
 * <pre>
 * # Written by Protostar: commit it with the project.
 * # Change it with `protostar sync`, not by hand.
 * schema_version = 1
 * producer_version = "0.1.0"
 *
 * [request]
 * languages = ["python"]
 * tools = ["ruff"]
 * presets = []
 * modules = []
 * dependencies = []
 * dev_dependencies = ["ruff"]
 * tasks = ["git init"]
 *
 * [request.options]
 * package_manager = "uv"
 *
 * [[files]]
 * path = "pyproject.toml"
 * policy = "structured-toml"
 *
 * [[files.owned]]
 * key = ["tool", "ruff", "line-length"]
 * value = 88
 *
 * [[files.owned]]
 * key = ["tool", "ruff", "lint", "select"]
 * member = "E"
 * </pre>
 *
 * <p>Writing: files by path, each file's owned slots by {@link Slot#display()} (ties by their text),
 * table keys sorted, LF newlines, one trailing newline; the same lock always gives the same bytes.
 * {@code declined = true} appears only for a declined file. A key slot has {@code value}, a member
 * slot {@code member} (its baseline value is the member itself). Strings, integers, floats
 * ({@code nan}, {@code inf}), booleans, dates and times, arrays and tables are native TOML (tables
 * inline). JSON's {@code null}, which TOML lacks, is written as the string {@code "null"} and its
 * place listed in {@code value_nulls} ({@code member_nulls}): {@code [[]]} when the value itself is
 * null, {@code [[1], [2, "b"]]} for item 1 and the key {@code b} of item 2. A date or time whose text
 * is not the canonical one ({@code T}, seconds, {@code Z}) is written as a string and listed in
 * {@code value_datetimes} ({@code member_datetimes}) as {@code { at = [...], kind = "...", text = "..." }}.
 *
 * <p>Reading: the lock comes with a cloned repository and is untrusted. Everything that is not as
 * the writer makes it is refused with a {@link ConfigurationException} naming {@code protostar.lock},
 * the line, and what to do: more than {@link #MAX_BYTES} bytes or {@link #MAX_STRUCTURE} values and
 * lines, malformed UTF-8, TOML syntax errors,
 * a {@code schema_version} missing or higher than {@link ProjectLock#SCHEMA_VERSION}, wrong types,
 * an unknown policy, a path that is not a {@link WorkspacePath} or that lies in {@code .git} (any
 * folder of that name) or {@code .protostar}, or is {@code protostar.lock} itself, a path listed twice,
 * a slot listed twice, an owned entry with both or neither of {@code value} and {@code member}, a
 * key path longer or a value nested deeper than {@link #MAX_DEPTH}. Unknown keys at the top level are
 * ignored (and not written back): a newer Protostar of the same schema may add informational keys
 * there, and anything an older one must understand raises the schema. Unknown keys in {@code
 * [request]}, {@code [[files]]} and {@code [[files.owned]]} are refused: those entries decide what
 * Protostar writes and deletes. A leading byte order mark is allowed.
 */
public final class LockCodec {

    /**
     * The largest lock read: 1 MiB, some 400 times the lock of a project with every tool switched on
     * (about 2.5 KB). Parsing takes about 100 bytes of heap per byte of TOML, so a hostile lock costs at
     * most about 128 MB and a few seconds before it is refused or read.
     */
    public static final int MAX_BYTES = 1024 * 1024;

    /**
     * The most structure a lock may have, counted as its line breaks, {@code =}, {@code ,}, {@code [}
     * and opening braces (wherever they stand, strings and comments included): 100,000, for some 11,000
     * owned slots. Every TOML value needs one of them, and the parser needs about 1 KB of heap per
     * value while it reads, so this keeps a hostile lock within about 128 MB.
     */
    public static final int MAX_STRUCTURE = 100_000;

    /** The deepest value nesting and the longest key path a lock may hold. */
    public static final int MAX_DEPTH = 32;

    static final String HEADER = "# Written by Protostar: commit it with the project.\n"
            + "# Change it with `protostar sync`, not by hand.\n";

    private LockCodec() {}

    /**
     * The lock as TOML text.
     *
     * @throws IllegalArgumentException when the lock holds what {@link #read} would refuse: a path
     *     listed twice or in {@code .git}/{@code .protostar}, a member slot whose baseline value is not
     *     its member, a key path or value nested deeper than {@link #MAX_DEPTH}, a string with a lone
     *     surrogate, a date or time of an unknown kind
     */
    public static String write(ProjectLock lock) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("schema_version = ").append(lock.schemaVersion()).append('\n');
        out.append("producer_version = ").append(LockText.string(lock.producerVersion())).append('\n');
        writeRequest(lock.request(), out);
        Set<WorkspacePath> seen = new HashSet<>();
        for (ManagedFile file : lock.files()) {
            refusedPath(file.path()).ifPresent(reason -> {
                throw new IllegalArgumentException("protostar.lock cannot manage " + file.path() + ": " + reason);
            });
            if (!seen.add(file.path())) {
                throw new IllegalArgumentException("protostar.lock lists " + file.path() + " twice");
            }
            writeFile(file, out);
        }
        return out.toString();
    }

    /**
     * The lock in {@code text}, checked as untrusted input.
     *
     * @throws ConfigurationException (exit code 78) naming {@code protostar.lock}, the line and what
     *     to do, when the text is not a lock this Protostar can use
     */
    public static ProjectLock read(String text) {
        return new LockReader(text).read();
    }

    /**
     * The lock in {@code bytes} (UTF-8), checked as untrusted input; the size is checked before
     * anything is decoded.
     *
     * @throws ConfigurationException as {@link #read(String)}, and for malformed UTF-8
     */
    public static ProjectLock read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw refused(0, "is not UTF-8 text");
        }
        return read(text);
    }

    private static void writeRequest(LockedRequest request, StringBuilder out) {
        out.append("\n[request]\n");
        out.append("languages = ").append(LockText.strings(request.languages())).append('\n');
        out.append("tools = ").append(LockText.strings(request.tools())).append('\n');
        out.append("presets = ").append(LockText.strings(request.presets())).append('\n');
        out.append("modules = ").append(LockText.strings(request.modules())).append('\n');
        out.append("dependencies = ").append(LockText.strings(request.dependencies())).append('\n');
        out.append("dev_dependencies = ").append(LockText.strings(request.devDependencies())).append('\n');
        out.append("tasks = ").append(LockText.strings(request.tasks())).append('\n');
        if (!request.options().isEmpty()) {
            out.append("\n[request.options]\n");
            for (Map.Entry<String, String> option : request.options().entrySet()) {
                out.append(LockText.key(option.getKey())).append(" = ").append(LockText.string(option.getValue()))
                        .append('\n');
            }
        }
    }

    private static void writeFile(ManagedFile file, StringBuilder out) {
        out.append("\n[[files]]\n");
        out.append("path = ").append(LockText.string(file.path().toString())).append('\n');
        out.append("policy = ").append(LockText.string(file.policy().id())).append('\n');
        if (file.declined()) {
            out.append("declined = true\n");
        }
        List<OwnedEntry> entries = new ArrayList<>();
        for (Map.Entry<Slot, TypedValue> owned : file.baseline().entrySet()) {
            entries.add(OwnedEntry.of(file.path(), owned.getKey(), owned.getValue()));
        }
        entries.sort(Comparator.comparing(OwnedEntry::display).thenComparing(OwnedEntry::text));
        for (OwnedEntry entry : entries) {
            out.append("\n[[files.owned]]\n").append(entry.text());
        }
    }

    /** One {@code [[files.owned]]} entry's lines, and the slot display it sorts by. */
    private record OwnedEntry(String display, String text) {

        static OwnedEntry of(WorkspacePath path, Slot slot, TypedValue value) {
            if (slot.keyPath().size() > MAX_DEPTH) {
                throw new IllegalArgumentException("a key path longer than " + MAX_DEPTH
                        + " keys cannot be written to protostar.lock (" + path + ")");
            }
            StringBuilder text = new StringBuilder("key = ").append(LockText.strings(slot.keyPath())).append('\n');
            if (slot.member().isPresent()) {
                if (!slot.member().get().equals(value)) {
                    throw new IllegalArgumentException("the baseline of member slot " + slot.display() + " in " + path
                            + " must be the member itself, not " + value.display());
                }
                field("member", slot.member().get(), text);
            } else {
                field("value", value, text);
            }
            return new OwnedEntry(slot.display(), text.toString());
        }

        private static void field(String name, TypedValue value, StringBuilder text) {
            LockText.Rendered rendered = LockText.render(value);
            text.append(name).append(" = ").append(rendered.toml()).append('\n');
            if (!rendered.nulls().isEmpty()) {
                text.append(name).append("_nulls = [");
                for (int i = 0; i < rendered.nulls().size(); i++) {
                    text.append(i == 0 ? "" : ", ").append(LockText.place(rendered.nulls().get(i)));
                }
                text.append("]\n");
            }
            if (!rendered.dateTimes().isEmpty()) {
                text.append(name).append("_datetimes = [");
                for (int i = 0; i < rendered.dateTimes().size(); i++) {
                    LockText.PlacedDateTime placed = rendered.dateTimes().get(i);
                    text.append(i == 0 ? "" : ", ").append("{ at = ").append(LockText.place(placed.place()))
                            .append(", kind = ").append(LockText.string(placed.kind()))
                            .append(", text = ").append(LockText.string(placed.text())).append(" }");
                }
                text.append("]\n");
            }
        }
    }

    /** Why {@code path} may not be in a lock, or empty when it may. */
    static Optional<String> refusedPath(WorkspacePath path) {
        if (path.isRoot()) {
            return Optional.of("it is the project folder, not a file");
        }
        for (String segment : path.segments()) {
            if (segment.toLowerCase(Locale.ROOT).equals(".git")) {
                return Optional.of("it lies in a .git folder, which belongs to git");
            }
        }
        if (path.segments().get(0).toLowerCase(Locale.ROOT).equals(".protostar")) {
            return Optional.of("it lies in .protostar, Protostar's own state");
        }
        if (path.equals(ProjectLock.PATH)) {
            return Optional.of("it is the lock itself");
        }
        return Optional.empty();
    }

    /** What to do about a lock this Protostar cannot use. */
    static final String HINT = "Restore protostar.lock from version control (git checkout -- protostar.lock), or"
            + " delete it and run `protostar init` again to adopt the project afresh; nothing was changed.";

    /** A refusal naming {@code protostar.lock} and {@code line} (none when 0). */
    static ConfigurationException refused(int line, String what) {
        return new ConfigurationException(ProjectLock.PATH + (line > 0 ? ":" + line : "") + ": " + what, HINT);
    }

    static ConfigurationException tooLarge(long size) {
        return new ConfigurationException(ProjectLock.PATH + ": is " + size + " bytes, more than the "
                + MAX_BYTES + " bytes (" + MAX_BYTES / (1024 * 1024) + " MiB) a lock may have", HINT);
    }
}
