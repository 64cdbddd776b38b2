package dev.protostar.core.format.toml;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import dev.protostar.core.format.toml.TomlLayout.Element;
import dev.protostar.core.format.toml.TomlLayout.Header;
import dev.protostar.core.format.toml.TomlLayout.KeyValue;
import dev.protostar.core.format.toml.TomlLayout.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * The {@link SlotEditor} for TOML files ({@code pyproject.toml}, {@code Cargo.toml},
 * {@code .protostar.toml}): reads slots with tomlj and edits the text span by span, so every byte
 * outside the edited span stays as it was.
 *
 * <p>Decisions, beyond the {@link SlotEditor} contract:
 *
 * <ul>
 *   <li><b>Reading.</b> A leading byte order mark is allowed; the text must parse as TOML 1.0 or, failing
 *       that, as the newest TOML tomlj knows (as the merge accepts it), and every result is written
 *       and checked in that same version. Tables of every kind are walked into (standard, implicit,
 *       dotted-key, inline); an array (inline, or of tables) gives one member slot per distinct member
 *       in order of first appearance, an empty array gives none. Dates and times are {@link
 *       TypedValue.DateTime}s whose text is TOML's own ISO form ({@code T}, seconds always, a fraction
 *       only when not zero, {@code Z} for a zero offset).
 *   <li><b>put.</b> An existing value has only its span replaced: the key's spelling and quoting, the
 *       spacing around {@code =} and a comment after it are kept; a multi-line value becomes the new
 *       value on one line. Setting the value already there returns the text unchanged (so {@code 0x2A}
 *       stays when {@code 42} is put). An absent key goes in through {@link TomlMerger} (a one-key
 *       payload, {@link Resolution#MERGE}), so it lands where the merge puts new keys and tables; a
 *       {@code null} text becomes a new document. Values are written as {@link TomlLiteral} writes
 *       them; a {@link TypedValue.Tbl} is an inline table in place of an existing value and a
 *       {@code [table]} when new. Refused with {@link IllegalArgumentException}: a key path through a
 *       value that is not a table (that would destroy the user's value), a key path naming a table
 *       that is not an inline value or an array of tables (put sets values, never whole sections), and
 *       {@link TypedValue.Null}.
 *   <li><b>remove.</b> The key's own lines go (all of them for a multi-line value, with a comment on its
 *       last line); no comment line is ever removed. Inside an inline table only that entry (and its
 *       comma) is cut; an inline table left empty is removed in turn. A {@code [table]} left with no keys
 *       and no sub-tables loses its header when it holds no comment, and so on for its parents declared
 *       by a header; a comment on the header line or anywhere in the body keeps the table, except a
 *       block of comment lines directly above the next header and separated from the emptied table by
 *       a blank line, which belongs to that next header. Blank lines of the removed section's body go
 *       with it (and the blank lines before it when it was the end of the file). An absent key, or a key
 *       inside an array of tables, leaves the text unchanged; naming a whole (non-inline) table is
 *       refused with {@link IllegalArgumentException}.
 *   <li><b>Inline arrays.</b> A member is appended after the last one in the array's own style: on a
 *       single-line array as {@code , "c"} (or {@code  "c",} after a trailing comma); on a multi-line
 *       array as a new line with the last member's indentation and its trailing-comma habit (without
 *       one, a comma is added after the old last member). Removing a member that stands alone on its
 *       line (with its comma and a comment after it) removes that line; otherwise the member and one
 *       comma next to it are cut. Comment lines inside the array are kept.
 *   <li><b>Arrays of tables.</b> A new entry is a {@code [[...]]} block (header spelled as the last
 *       entry's, values inline) after the last entry's last key line, one blank line before it; a new
 *       array goes where the merge puts a new array of tables. Removing an entry removes its block: its
 *       header through the last key or sub-table line that belongs to it (comment lines in between
 *       included), never a comment after that last line (such a comment introduces what follows), and
 *       the blank lines that separated it from the next section.
 *   <li><b>Checked.</b> Every result is parsed again with tomlj and compared, by data, with the input's
 *       data with exactly this edit applied; a mismatch is an {@link IllegalStateException} (a bug
 *       here, never a user error) and no text is returned.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class TomlSlotEditor implements SlotEditor {

    /** The editor; it holds no state, so one instance serves every caller. */
    public static final TomlSlotEditor INSTANCE = new TomlSlotEditor();

    /** The run's parses, for {@link #valuesAt}; {@code null} when this editor parses by itself. */
    private final TomlDocuments documents;

    /**
     * An editor whose {@link #valuesAt} reads through the run's parses (the validation's and the
     * merge's), so a large file is not parsed again just to look up a few slots.
     */
    public TomlSlotEditor(TomlDocuments documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** Looks up {@code wanted} in the parse of {@code text}, without walking the whole document. */
    @Override
    public Map<Slot, TypedValue> valuesAt(WorkspacePath target, String text, java.util.Collection<Slot> wanted) {
        if (text == null) {
            return Map.of();
        }
        org.tomlj.TomlParseResult parsed = documents != null
                ? documents.read(target, text).orElse(null) : null;
        if (parsed == null) {
            return SlotEditor.super.valuesAt(target, text, wanted);
        }
        Map<Slot, TypedValue> found = new java.util.LinkedHashMap<>();
        for (Slot slot : wanted) {
            Object value;
            try {
                value = slot.keyPath().isEmpty() ? null : parsed.get(slot.keyPath());
            } catch (RuntimeException notATable) {
                value = null;
            }
            if (value == null) {
                continue;
            }
            TypedValue typed = TomlTyped.of(value);
            if (slot.isMember()) {
                if (typed instanceof TypedValue.Arr array && array.items().contains(slot.member().get())) {
                    found.put(slot, slot.member().get());
                }
            } else if (!(typed instanceof TypedValue.Tbl)
                    && !(typed instanceof TypedValue.Arr array && !array.items().isEmpty())) {
                found.put(slot, typed);
            }
        }
        return found;
    }

    /** An editor (equivalent to {@link #INSTANCE}). */
    public TomlSlotEditor() {
        this.documents = null;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ValidationException when {@code text} is not TOML, naming {@code target}, line and column
     */
    @Override
    public Map<Slot, TypedValue> slots(WorkspacePath target, String text) {
        Objects.requireNonNull(target, "target");
        if (text == null) {
            return Map.of();
        }
        return TomlTyped.slots(Document.read(target, text).data());
    }

    @Override
    public String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value) {
        requireKeyPath(target, keyPath);
        Objects.requireNonNull(value, "value");
        TomlLiteral.of(value); // refuses Null before anything else
        if (text == null) {
            String created = TomlMerger.merge(target, null, payloadFor(keyPath, value), Resolution.MERGE).text();
            return verified(target, "put " + TomlLiteral.dotted(keyPath), created, TomlVersion.V1_0_0,
                    Tree.with(Tree.EMPTY, keyPath, value));
        }
        Document document = Document.read(target, text);
        TypedValue existing = Tree.lookup(target, document.data(), keyPath, true);
        TypedValue.Tbl expected = Tree.with(document.data(), keyPath, value);
        String operation = "put " + TomlLiteral.dotted(keyPath);
        if (existing == null) {
            String merged = TomlMerger.merge(target, text, payloadFor(keyPath, value), Resolution.MERGE).text();
            return verified(target, operation, merged, document.framing().body(), document.version(), expected);
        }
        if (existing.equals(value)) {
            return text;
        }
        String body = document.framing().body();
        KeyValue pair = TomlLayout.of(body).find(keyPath);
        if (pair == null) {
            throw new IllegalArgumentException("Cannot put " + TomlLiteral.dotted(keyPath) + " in " + target
                    + ": it is a table (or an array of tables), not a value; put sets values only");
        }
        String edited = body.substring(0, pair.value().start()) + TomlLiteral.of(value)
                + body.substring(pair.value().end());
        return verified(target, operation, document.framing().frame(edited), body, document.version(), expected);
    }

    @Override
    public String remove(WorkspacePath target, String text, List<String> keyPath) {
        requireKeyPath(target, keyPath);
        if (text == null) {
            return null;
        }
        Document document = Document.read(target, text);
        TypedValue existing = Tree.lookup(target, document.data(), keyPath, false);
        if (existing == null) {
            return text;
        }
        Removal removal = new Removal(target, document);
        removal.removeKey(keyPath, existing);
        return removal.result("remove " + TomlLiteral.dotted(keyPath));
    }

    @Override
    public String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        requireKeyPath(target, keyPath);
        Objects.requireNonNull(member, "member");
        TomlLiteral.of(member);
        String operation = "add " + member.display() + " to " + TomlLiteral.dotted(keyPath);
        if (text == null) {
            String created = TomlMerger.merge(target, null, arrayPayloadFor(keyPath, member), Resolution.MERGE).text();
            return verified(target, operation, created, TomlVersion.V1_0_0,
                    Tree.with(Tree.EMPTY, keyPath, new TypedValue.Arr(List.of(member))));
        }
        Document document = Document.read(target, text);
        TypedValue existing = Tree.lookup(target, document.data(), keyPath, true);
        if (existing == null) {
            String merged = TomlMerger.merge(target, text, arrayPayloadFor(keyPath, member), Resolution.MERGE).text();
            return verified(target, operation, merged, document.framing().body(), document.version(),
                    Tree.with(document.data(), keyPath, new TypedValue.Arr(List.of(member))));
        }
        if (!(existing instanceof TypedValue.Arr array)) {
            throw new IllegalArgumentException("Cannot add a member to " + TomlLiteral.dotted(keyPath) + " in "
                    + target + ": it is " + describe(existing) + ", not an array");
        }
        if (array.items().contains(member)) {
            return text;
        }
        List<TypedValue> items = new ArrayList<>(array.items());
        items.add(member);
        TypedValue.Tbl expected = Tree.with(document.data(), keyPath, new TypedValue.Arr(items));
        String body = document.framing().body();
        TomlLayout layout = TomlLayout.of(body);
        String newline = document.framing().newline().sequence();
        List<Header> entries = layout.tableArrayEntries(keyPath);
        String edited;
        if (!entries.isEmpty()) {
            if (!(member instanceof TypedValue.Tbl table)) {
                throw new IllegalArgumentException("Cannot add " + member.display() + " to "
                        + TomlLiteral.dotted(keyPath) + " in " + target + ": it is an array of tables");
            }
            Header last = entries.get(entries.size() - 1);
            int at = layout.blockContentEnd(last, false);
            StringBuilder block = new StringBuilder(newline).append(newline)
                    .append(body, last.lineStart(), last.close());
            for (Map.Entry<String, TypedValue> entry : table.members().entrySet()) {
                block.append(newline).append(TomlLiteral.key(entry.getKey())).append(" = ")
                        .append(TomlLiteral.of(entry.getValue()));
            }
            edited = body.substring(0, at) + block + body.substring(at);
        } else {
            KeyValue pair = layout.find(keyPath);
            if (pair == null || pair.value().kind() != Kind.ARRAY) {
                throw new IllegalStateException("Internal error: no array found in the text of " + target + " at "
                        + TomlLiteral.dotted(keyPath) + " although tomlj reads one; nothing was changed."
                        + " Please report this with the file.");
            }
            edited = InlineArrays.append(body, pair.value(), TomlLiteral.of(member), newline);
        }
        return verified(target, operation, document.framing().frame(edited), body, document.version(), expected);
    }

    @Override
    public String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        requireKeyPath(target, keyPath);
        Objects.requireNonNull(member, "member");
        if (text == null) {
            return null;
        }
        Document document = Document.read(target, text);
        TypedValue existing = Tree.lookup(target, document.data(), keyPath, false);
        if (!(existing instanceof TypedValue.Arr array) || !array.items().contains(member)) {
            return text;
        }
        String operation = "remove " + member.display() + " from " + TomlLiteral.dotted(keyPath);
        Removal removal = new Removal(target, document);
        List<TypedValue> left = new ArrayList<>(array.items());
        left.removeIf(member::equals);
        if (left.isEmpty()) {
            removal.removeKey(keyPath, existing);
            return removal.result(operation);
        }
        removal.removeMembers(keyPath, array, member, new TypedValue.Arr(left));
        return removal.result(operation);
    }

    // ---- payloads for the merge

    /** A one-key payload that sets {@code value} at {@code keyPath}. */
    private static String payloadFor(List<String> keyPath, TypedValue value) {
        StringBuilder payload = new StringBuilder();
        if (value instanceof TypedValue.Tbl table) {
            payload.append('[').append(TomlLiteral.dotted(keyPath)).append("]\n");
            appendMembers(table, payload);
            return payload.toString();
        }
        if (keyPath.size() > 1) {
            payload.append('[').append(TomlLiteral.dotted(keyPath.subList(0, keyPath.size() - 1))).append("]\n");
        }
        payload.append(TomlLiteral.key(keyPath.get(keyPath.size() - 1))).append(" = ").append(TomlLiteral.of(value))
                .append('\n');
        return payload.toString();
    }

    /** A payload that creates the array at {@code keyPath} holding {@code member}. */
    private static String arrayPayloadFor(List<String> keyPath, TypedValue member) {
        if (member instanceof TypedValue.Tbl table) {
            StringBuilder payload = new StringBuilder("[[").append(TomlLiteral.dotted(keyPath)).append("]]\n");
            appendMembers(table, payload);
            return payload.toString();
        }
        return payloadFor(keyPath, new TypedValue.Arr(List.of(member)));
    }

    private static void appendMembers(TypedValue.Tbl table, StringBuilder payload) {
        for (Map.Entry<String, TypedValue> entry : table.members().entrySet()) {
            payload.append(TomlLiteral.key(entry.getKey())).append(" = ").append(TomlLiteral.of(entry.getValue()))
                    .append('\n');
        }
    }

    // ---- checks

    private static void requireKeyPath(WorkspacePath target, List<String> keyPath) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(keyPath, "keyPath");
        if (keyPath.isEmpty()) {
            throw new IllegalArgumentException("A TOML slot needs a key path; the empty path names all of " + target);
        }
    }

    static String describe(TypedValue value) {
        if (value instanceof TypedValue.Tbl) {
            return "a table";
        }
        if (value instanceof TypedValue.Arr) {
            return "an array";
        }
        return "the value " + value.display();
    }

    /**
     * {@code text} when it parses (in {@code version}) to exactly {@code expected}; otherwise an
     * {@link IllegalStateException}: the edit went wrong, and nothing may be written.
     */
    static String verified(WorkspacePath target, String operation, String text, TomlVersion version,
            TypedValue.Tbl expected) {
        return verified(target, operation, text, null, version, expected);
    }

    /**
     * {@link #verified(WorkspacePath, String, String, TomlVersion, TypedValue.Tbl)}, first asking the
     * {@link TypedCheck} (Jackson's parser) when {@code original}, the body the edit started from, is
     * known and the text is TOML 1.0; tomlj parses only when that check cannot tell.
     */
    static String verified(WorkspacePath target, String operation, String text, String original, TomlVersion version,
            TypedValue.Tbl expected) {
        if (original != null && version == TomlVersion.V1_0_0
                && TypedCheck.holds(TomlFraming.bodyOf(text), original, expected)) {
            return text;
        }
        TomlParseResult result = Toml.parse(TomlFraming.bodyOf(text), version);
        if (result.hasErrors()) {
            TomlParseError first = result.errors().get(0);
            throw new IllegalStateException("Internal error: " + operation + " in " + target
                    + " produced TOML that does not parse (" + first.getMessage() + " at " + first.position()
                    + "); nothing was written. Please report this with the file.");
        }
        TypedValue actual = TomlTyped.of(result);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("Internal error: " + operation + " in " + target
                    + " produced TOML whose data differs from the intended edit (" + Tree.firstDifference(expected,
                            (TypedValue.Tbl) actual) + "); nothing was written. Please report this with the file.");
        }
        return text;
    }

    /** A file's text read for editing: its framing, its parse's TOML version, and its data. */
    private record Document(TomlFraming framing, TomlVersion version, TypedValue.Tbl data) {

        static Document read(WorkspacePath target, String text) {
            TomlFraming framing = TomlFraming.of(text);
            ParsedToml parsed = ParsedToml.parse(target, framing.body());
            return new Document(framing, parsed.version(), (TypedValue.Tbl) TomlTyped.of(parsed.document()));
        }
    }

    /**
     * One removal: cuts spans from the body, keeps the data the result must hold, then removes the
     * sections the removal left empty.
     */
    private static final class Removal {

        private final WorkspacePath target;
        private final Document document;
        private String body;
        private TypedValue.Tbl expected;
        private List<String> pruneFrom;

        Removal(WorkspacePath target, Document document) {
            this.target = target;
            this.document = document;
            this.body = document.framing().body();
            this.expected = document.data();
        }

        /** Removes the value at {@code keyPath} (a value, an inline array or table, or an array of tables). */
        void removeKey(List<String> keyPath, TypedValue existing) {
            TomlLayout layout = TomlLayout.of(body);
            List<Header> entries = layout.tableArrayEntries(keyPath);
            if (!entries.isEmpty()) {
                for (int i = entries.size() - 1; i >= 0; i--) {
                    layout = TomlLayout.of(body);
                    body = Sections.cutBlock(layout, layout.tableArrayEntries(keyPath).get(i));
                }
                expected = Tree.without(expected, keyPath);
                pruneFrom = keyPath.subList(0, keyPath.size() - 1);
                return;
            }
            KeyValue pair = layout.find(keyPath);
            if (pair == null) {
                throw new IllegalArgumentException("Cannot remove " + TomlLiteral.dotted(keyPath) + ": it is "
                        + describe(existing) + " declared by headers or dotted keys, not one value; remove its keys");
            }
            // An inline table left empty goes too, and so on outwards.
            while (pair.lineStart() < 0) {
                KeyValue container = layout.containerOf(pair);
                if (container.value().entries().size() != 1) {
                    break;
                }
                pair = container;
            }
            if (pair.lineStart() >= 0) {
                body = body.substring(0, pair.lineStart()) + body.substring(pair.lineEnd());
            } else {
                body = InlineTables.cutEntry(body, layout.containerOf(pair).value(), pair);
            }
            expected = Tree.without(expected, pair.path());
            pruneFrom = pair.path().subList(0, pair.path().size() - 1);
        }

        /** Removes every occurrence of {@code member} from the array at {@code keyPath}, which keeps others. */
        void removeMembers(List<String> keyPath, TypedValue.Arr array, TypedValue member, TypedValue.Arr left) {
            TomlLayout layout = TomlLayout.of(body);
            boolean tables = !layout.tableArrayEntries(keyPath).isEmpty();
            for (int i = array.items().size() - 1; i >= 0; i--) {
                if (!array.items().get(i).equals(member)) {
                    continue;
                }
                layout = TomlLayout.of(body);
                if (tables) {
                    body = Sections.cutBlock(layout, layout.tableArrayEntries(keyPath).get(i));
                } else {
                    KeyValue pair = layout.find(keyPath);
                    body = InlineArrays.cut(body, pair.value(), i);
                }
            }
            expected = Tree.with(expected, keyPath, left);
            pruneFrom = List.of();
        }

        /** The checked result, after removing the sections left empty. */
        String result(String operation) {
            List<String> table = pruneFrom;
            while (!table.isEmpty()) {
                TypedValue value = Tree.lookup(null, expected, table, false);
                if (!(value instanceof TypedValue.Tbl emptied) || !emptied.members().isEmpty()) {
                    break;
                }
                TomlLayout layout = TomlLayout.of(body);
                Header header = layout.tableHeader(table);
                if (header != null) {
                    if (Sections.holdsComment(layout, header)) {
                        break;
                    }
                    body = Sections.cutHeader(layout, header);
                }
                // Without a header of its own, an empty table is gone from the text already.
                expected = Tree.without(expected, table);
                table = table.subList(0, table.size() - 1);
            }
            return verified(target, operation, document.framing().frame(body), document.framing().body(),
                    document.version(), expected);
        }
    }
}
