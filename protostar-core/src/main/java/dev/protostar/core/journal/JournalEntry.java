package dev.protostar.core.journal;

import dev.protostar.api.FileAttributes;
import dev.protostar.api.WorkspacePath;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One journal record as text: the file {@code NNNNNN.entry}, and for a file's prior bytes the side
 * file {@code NNNNNN.bytes} holding them verbatim. Example:
 *
 * <pre>
 * protostar-journal-entry 2
 * path src/app/settings.toml
 * prior file
 * mode 0644
 * size 120
 * sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * bytes 000003.bytes
 * modified 2026-12-06T02:48:57.123456789Z
 * folder-modified 2026-12-06T02:40:00Z
 * nonce 5c1e0d7f3a2b4c6d8e9f0a1b2c3d4e5f
 * mac 1f0e...
 * </pre>
 *
 * <p>{@code prior} is one of {@code absent}, {@code created-directory}, {@code file}, {@code
 * directory}, {@code link}, {@code other}; {@code mode} is octal permission bits ({@code 0777} at
 * most) or {@code none}. {@code modified} is the file's own time before the run, {@code
 * folder-modified} its folder's (written with the first entry in that folder); both are optional.
 * {@code nonce} names the journal the entry belongs to. In {@code path}, {@code %} and control
 * characters are written as {@code %XX}. The last line, {@code mac}, is the seal {@link
 * JournalStore} adds: this class renders and parses the text above it.
 *
 * @param sequence the record's number, from 1 in the order the records were made
 * @param state what the path held
 * @param modified the path's own modification time before the run, for a file
 * @param folderModified its folder's modification time before the run, in the first entry of that folder
 * @param nonce the random name of the run's journal
 */
record JournalEntry(int sequence, PriorState state, Optional<Instant> modified, Optional<Instant> folderModified,
        String nonce) {

    static final int FORMAT = 2;
    static final String MAGIC = "protostar-journal-entry";

    /** An entry without times. */
    JournalEntry(int sequence, PriorState state, String nonce) {
        this(sequence, state, Optional.empty(), Optional.empty(), nonce);
    }

    /** {@code 000042.entry}. */
    String entryName() {
        return numbered(sequence, ".entry");
    }

    /** {@code 000042.bytes}, the side file that holds a file's prior bytes. */
    String bytesName() {
        return numbered(sequence, ".bytes");
    }

    /**
     * {@code sequence} as six digits or more, then {@code suffix}: what {@code %06d} gives for a
     * sequence number, without the formatter, whose first {@code %d} costs a fresh JVM about 8 ms
     * (it loads the locale's number symbols), and always in ASCII digits.
     */
    static String numbered(int sequence, String suffix) {
        String digits = Integer.toString(sequence);
        return "000000".substring(Math.min(6, digits.length())) + digits + suffix;
    }

    /** The entry file's text. */
    String render() {
        StringBuilder text = new StringBuilder();
        text.append(MAGIC).append(' ').append(FORMAT).append('\n');
        text.append("path ").append(encode(state.path().toString())).append('\n');
        if (state instanceof PriorState.Absent) {
            text.append("prior absent\n");
        } else if (state instanceof PriorState.CreatedDirectory) {
            text.append("prior created-directory\n");
        } else if (state instanceof PriorState.ExistingDirectory) {
            text.append("prior directory\n");
        } else if (state instanceof PriorState.OtherEntry other) {
            text.append("prior ").append(other.kind() == FileAttributes.Kind.SYMLINK ? "link" : "other").append('\n');
        } else if (state instanceof PriorState.FileContent file) {
            text.append("prior file\n");
            text.append("mode ").append(file.mode().isPresent() ? String.format("%04o", file.mode().getAsInt()) : "none")
                    .append('\n');
            text.append("size ").append(file.content().length).append('\n');
            text.append("sha256 ").append(Digests.sha256(file.content())).append('\n');
            text.append("bytes ").append(bytesName()).append('\n');
        }
        modified.ifPresent(time -> text.append("modified ").append(time).append('\n'));
        folderModified.ifPresent(time -> text.append("folder-modified ").append(time).append('\n'));
        text.append("nonce ").append(nonce).append('\n');
        return text.toString();
    }

    /**
     * Reads an entry file.
     *
     * @param bytes reads a side file of the journal folder by name; empty when it is missing
     * @throws IllegalArgumentException saying what is wrong, when the text is not a valid entry
     */
    static JournalEntry parse(int sequence, String text, java.util.function.Function<String, Optional<byte[]>> bytes) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(MAGIC + " " + FORMAT)) {
            throw new IllegalArgumentException("it does not start with \"" + MAGIC + " " + FORMAT + "\"");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " has no value");
            }
            if (fields.put(line.substring(0, space), line.substring(space + 1)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " repeats \"" + line.substring(0, space) + "\"");
            }
        }
        WorkspacePath path = WorkspacePath.of(decode(required(fields, "path")));
        PriorState state = switch (required(fields, "prior")) {
            case "absent" -> new PriorState.Absent(path);
            case "created-directory" -> new PriorState.CreatedDirectory(path);
            case "directory" -> new PriorState.ExistingDirectory(path);
            case "link" -> new PriorState.OtherEntry(path, FileAttributes.Kind.SYMLINK);
            case "other" -> new PriorState.OtherEntry(path, FileAttributes.Kind.OTHER);
            case "file" -> file(path, fields, bytes);
            default -> throw new IllegalArgumentException("unknown prior state \"" + fields.get("prior") + "\"");
        };
        return new JournalEntry(sequence, state, time(fields, "modified"), time(fields, "folder-modified"),
                required(fields, "nonce"));
    }

    private static Optional<Instant> time(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " \"" + value + "\" is not a time");
        }
    }

    private static PriorState.FileContent file(
            WorkspacePath path, Map<String, String> fields, java.util.function.Function<String, Optional<byte[]>> bytes) {
        String mode = required(fields, "mode");
        OptionalInt parsedMode;
        try {
            parsedMode = mode.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(mode, 8));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mode \"" + mode + "\" is not octal");
        }
        if (parsedMode.isPresent() && (parsedMode.getAsInt() & ~0777) != 0) {
            throw new IllegalArgumentException("mode \"" + mode + "\" has bits beyond the permission bits 0777");
        }
        String side = required(fields, "bytes");
        if (side.indexOf('/') >= 0 || !side.endsWith(".bytes")) {
            throw new IllegalArgumentException("bytes \"" + side + "\" does not name a side file of the journal");
        }
        byte[] content = bytes.apply(side).orElseThrow(() -> new IllegalArgumentException(
                "its side file " + side + " with the prior bytes is missing"));
        if (!String.valueOf(content.length).equals(required(fields, "size"))
                || !Digests.sha256(content).equals(required(fields, "sha256"))) {
            throw new IllegalArgumentException("its side file " + side + " does not hold the recorded bytes"
                    + " (size or SHA-256 differs)");
        }
        return new PriorState.FileContent(path, content, parsedMode);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("it has no \"" + name + "\" line");
        }
        return value;
    }

    /** {@code %} and control characters as {@code %XX}; everything else, non-ASCII included, as is. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("path has a truncated %-escape");
                }
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of the entry file as bytes. */
    byte[] renderBytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }
}
