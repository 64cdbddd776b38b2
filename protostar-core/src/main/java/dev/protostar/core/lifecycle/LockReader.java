package dev.protostar.core.lifecycle;

import dev.protostar.api.ConfigurationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/** Reads one {@code protostar.lock} text as untrusted input: everything {@link LockCodec} documents is checked. */
final class LockReader {

    private static final Set<String> REQUEST_KEYS = Set.of("languages", "tools", "presets", "modules", "options",
            "dependencies", "dev_dependencies", "tasks");
    private static final Set<String> FILE_KEYS = Set.of("path", "policy", "declined", "owned");
    private static final Set<String> OWNED_KEYS = Set.of("key", "value", "value_nulls", "value_datetimes", "member",
            "member_nulls", "member_datetimes");

    private final String text;

    LockReader(String text) {
        this.text = text;
    }

    ProjectLock read() {
        if (text.length() > LockCodec.MAX_BYTES || utf8Length(text) > LockCodec.MAX_BYTES) {
            throw LockCodec.tooLarge(utf8Length(text));
        }
        if (hasLoneSurrogate(text)) {
            throw LockCodec.refused(0, "is not valid Unicode text (it holds a lone surrogate)");
        }
        long structure = text.chars().filter(c -> c == '\n' || c == '=' || c == ',' || c == '[' || c == '{').count();
        if (structure > LockCodec.MAX_STRUCTURE) {
            throw LockCodec.refused(0, "holds " + structure + " values and lines (counted as line breaks, '=', ',',"
                    + " '[' and '{'), more than the " + LockCodec.MAX_STRUCTURE + " a lock may have");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TomlParseResult document = Toml.parse(body, TomlVersion.LATEST);
        if (document.hasErrors()) {
            TomlParseError first = document.errors().get(0);
            TomlPosition at = first.position();
            String where = at == null ? "" : ":" + at.line() + ":" + at.column();
            throw new ConfigurationException(ProjectLock.PATH + where + ": is not valid TOML: "
                    + visible(first.getMessage()), LockCodec.HINT);
        }
        int schema = schemaVersion(document);
        String producer = string(document, "producer_version", "producer_version");
        LockedRequest request = request(document);
        List<ManagedFile> files = files(document);
        return new ProjectLock(schema, producer, request, files);
    }

    private int schemaVersion(TomlParseResult document) {
        if (!document.contains("schema_version")) {
            throw LockCodec.refused(0, "has no schema_version, so it was not written by Protostar");
        }
        int line = line(document, "schema_version");
        if (!document.isLong("schema_version")) {
            throw LockCodec.refused(line, "schema_version must be an integer");
        }
        long schema = document.getLong("schema_version");
        if (schema > ProjectLock.SCHEMA_VERSION) {
            String producer = document.isString("producer_version")
                    ? "Protostar " + visible(document.getString("producer_version")) : "a newer Protostar";
            throw new ConfigurationException(ProjectLock.PATH + " was written by " + producer + " (schema " + schema
                    + "); this is Protostar " + ProducerVersion.current() + ", which reads schema "
                    + ProjectLock.SCHEMA_VERSION + ": upgrade Protostar",
                    "Install the Protostar version that wrote the lock, or a later one, and run the command again;"
                    + " nothing was changed.");
        }
        if (schema < 1) {
            throw LockCodec.refused(line, "schema_version " + schema + " is not a schema Protostar ever wrote");
        }
        return (int) schema;
    }

    private LockedRequest request(TomlParseResult document) {
        if (!document.contains("request")) {
            throw LockCodec.refused(0, "has no [request] table");
        }
        if (!document.isTable("request")) {
            throw LockCodec.refused(line(document, "request"), "request must be a table");
        }
        TomlTable request = document.getTable("request");
        unknownKeys(request, REQUEST_KEYS, "request", line(document, "request"));
        Map<String, String> options = new TreeMap<>();
        if (request.contains(List.of("options"))) {
            int line = line(request, "options");
            if (!request.isTable(List.of("options"))) {
                throw LockCodec.refused(line, "request.options must be a table of strings");
            }
            TomlTable table = request.getTable(List.of("options"));
            for (String name : table.keySet()) {
                Object value = table.get(List.of(name));
                if (!(value instanceof String option)) {
                    throw LockCodec.refused(line(table, name), "request.options." + visible(LockText.key(name))
                            + " must be a string");
                }
                options.put(name, option);
            }
        }
        return new LockedRequest(strings(request, "languages"), strings(request, "tools"), strings(request, "presets"),
                strings(request, "modules"), options, strings(request, "dependencies"),
                strings(request, "dev_dependencies"), strings(request, "tasks"));
    }

    private List<String> strings(TomlTable request, String name) {
        if (!request.contains(List.of(name))) {
            throw LockCodec.refused(0, "request." + name + " is missing");
        }
        int line = line(request, name);
        Object value = request.get(List.of(name));
        List<String> items = new ArrayList<>();
        if (value instanceof TomlArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof String item) {
                    items.add(item);
                } else {
                    array = null;
                    break;
                }
            }
            if (array != null) {
                return items;
            }
        }
        throw LockCodec.refused(line, "request." + name + " must be an array of strings");
    }

    private List<ManagedFile> files(TomlParseResult document) {
        if (!document.contains("files")) {
            return List.of();
        }
        int line = line(document, "files");
        if (!document.isArray("files")) {
            throw LockCodec.refused(line, "files must be an array of tables ([[files]])");
        }
        TomlArray array = document.getArray("files");
        Map<WorkspacePath, Integer> seen = new HashMap<>();
        List<ManagedFile> files = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int at = line(array, i, line);
            if (!(array.get(i) instanceof TomlTable entry)) {
                throw LockCodec.refused(at, "every entry of files must be a table ([[files]])");
            }
            ManagedFile file = file(entry, at);
            Integer before = seen.putIfAbsent(file.path(), at);
            if (before != null) {
                throw LockCodec.refused(at, "lists " + visible(file.path().toString()) + " twice (also at line "
                        + before + ")");
            }
            files.add(file);
        }
        return files;
    }

    private ManagedFile file(TomlTable entry, int at) {
        unknownKeys(entry, FILE_KEYS, "[[files]]", at);
        String pathText = string(entry, "path", "path of [[files]]", at);
        int pathLine = line(entry, "path", at);
        WorkspacePath path;
        try {
            path = WorkspacePath.of(pathText);
        } catch (IllegalArgumentException e) {
            throw LockCodec.refused(pathLine, "path " + visible(LockText.string(pathText))
                    + " is not a relative path inside the project: " + visible(reason(e.getMessage())));
        }
        LockCodec.refusedPath(path).ifPresent(reason -> {
            throw LockCodec.refused(pathLine, "path " + visible(pathText) + " may not be managed: " + reason);
        });
        String policyId = string(entry, "policy", "policy of " + visible(pathText), at);
        FilePolicy policy = FilePolicy.byId(policyId).orElseThrow(() -> LockCodec.refused(line(entry, "policy", at),
                "unknown policy " + visible(LockText.string(policyId)) + " for " + visible(pathText) + "; known: "
                        + java.util.Arrays.stream(FilePolicy.values()).map(FilePolicy::id).toList()));
        boolean declined = false;
        if (entry.contains(List.of("declined"))) {
            if (!(entry.get(List.of("declined")) instanceof Boolean flag)) {
                throw LockCodec.refused(line(entry, "declined", at), "declined of " + visible(pathText)
                        + " must be true or false");
            }
            declined = flag;
        }
        Map<Slot, TypedValue> baseline = new LinkedHashMap<>();
        if (entry.contains(List.of("owned"))) {
            int ownedLine = line(entry, "owned", at);
            if (!(entry.get(List.of("owned")) instanceof TomlArray owned)) {
                throw LockCodec.refused(ownedLine, "owned of " + visible(pathText)
                        + " must be an array of tables ([[files.owned]])");
            }
            Map<Slot, Integer> lines = new HashMap<>();
            for (int i = 0; i < owned.size(); i++) {
                int ownedAt = line(owned, i, ownedLine);
                if (!(owned.get(i) instanceof TomlTable slotEntry)) {
                    throw LockCodec.refused(ownedAt, "every entry of owned must be a table ([[files.owned]])");
                }
                OwnedSlot slot = ownedSlot(slotEntry, ownedAt, pathText);
                Integer before = lines.putIfAbsent(slot.slot(), ownedAt);
                if (before != null) {
                    throw LockCodec.refused(ownedAt, "lists the slot " + visible(slot.slot().display()) + " of "
                            + visible(pathText) + " twice (also at line " + before + ")");
                }
                baseline.put(slot.slot(), slot.value());
            }
        }
        return new ManagedFile(path, policy, baseline, declined);
    }

    private record OwnedSlot(Slot slot, TypedValue value) {}

    private OwnedSlot ownedSlot(TomlTable entry, int at, String pathText) {
        unknownKeys(entry, OWNED_KEYS, "[[files.owned]] of " + visible(pathText), at);
        if (!entry.contains(List.of("key"))) {
            throw LockCodec.refused(at, "an owned entry of " + visible(pathText) + " has no key");
        }
        int keyLine = line(entry, "key", at);
        List<String> keyPath = new ArrayList<>();
        if (!(entry.get(List.of("key")) instanceof TomlArray keys)) {
            throw LockCodec.refused(keyLine, "key must be an array of strings ([] for the whole file)");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!(keys.get(i) instanceof String segment)) {
                throw LockCodec.refused(keyLine, "key must be an array of strings ([] for the whole file)");
            }
            keyPath.add(segment);
        }
        if (keyPath.size() > LockCodec.MAX_DEPTH) {
            throw LockCodec.refused(keyLine, "key has " + keyPath.size() + " parts, more than the "
                    + LockCodec.MAX_DEPTH + " a lock may hold");
        }
        boolean hasValue = entry.contains(List.of("value"));
        boolean hasMember = entry.contains(List.of("member"));
        if (hasValue == hasMember) {
            throw LockCodec.refused(at, "an owned entry of " + visible(pathText) + " must have exactly one of value"
                    + " and member; it has " + (hasValue ? "both" : "neither"));
        }
        String field = hasValue ? "value" : "member";
        String other = hasValue ? "member" : "value";
        for (String suffix : List.of("_nulls", "_datetimes")) {
            if (entry.contains(List.of(other + suffix))) {
                throw LockCodec.refused(line(entry, other + suffix, at), other + suffix + " belongs to a "
                        + other + ", and this entry has a " + field);
            }
        }
        TypedValue value = new LockValueReader(entry, field, line(entry, field, at)).read();
        return hasValue ? new OwnedSlot(Slot.key(keyPath), value) : new OwnedSlot(Slot.member(keyPath, value), value);
    }

    private void unknownKeys(TomlTable table, Set<String> known, String where, int line) {
        for (String key : table.keySet()) {
            if (!known.contains(key)) {
                throw LockCodec.refused(line(table, key, line), "unknown key " + visible(LockText.key(key)) + " in "
                        + where + "; known: " + known.stream().sorted().toList());
            }
        }
    }

    private String string(TomlTable table, String key, String what) {
        return string(table, key, what, 0);
    }

    private String string(TomlTable table, String key, String what, int fallbackLine) {
        if (!table.contains(List.of(key))) {
            throw LockCodec.refused(fallbackLine, what + " is missing");
        }
        if (!(table.get(List.of(key)) instanceof String value)) {
            throw LockCodec.refused(line(table, key, fallbackLine), what + " must be a string");
        }
        return value;
    }

    static int line(TomlTable table, String key) {
        return line(table, key, 0);
    }

    static int line(TomlTable table, String key, int fallback) {
        TomlPosition position = table.inputPositionOf(List.of(key));
        return position == null ? fallback : position.line();
    }

    static int line(TomlArray array, int index, int fallback) {
        TomlPosition position = array.inputPositionOf(index);
        return position == null ? fallback : position.line();
    }

    /** The reason part of {@link WorkspacePath#of}'s message (after the quoted path). */
    private static String reason(String message) {
        int colon = message.lastIndexOf("\": ");
        return colon < 0 ? message : message.substring(colon + 3);
    }

    /**
     * {@code text} safe to print in a message: control and invisible characters escaped, and cut
     * at 200 characters, since a hostile lock chooses it.
     */
    static String visible(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                out.append('?');
            } else if (LockText.invisible(c)) {
                out.append(c > 0xFFFF ? String.format("\\U%08X", c) : String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
