package dev.protostar.core.format.jsonc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SlotEditor} of JSON with comments ({@code .vscode/settings.json} and any JSON target
 * of a structured merge): the slots Protostar can own in such a file, and edits of one slot that
 * splice only the characters that change.
 *
 * <p>Reading:
 *
 * <ul>
 *   <li>A file is what {@link JsoncMerger#validate} accepts: one object, {@code //} and
 *       {@code /* *}{@code /} comments, trailing commas, an optional byte order mark. Anything else
 *       (a syntax error, a root that is not an object, a key written twice in one object) is a
 *       {@link ValidationException} naming the file, line and column. A duplicate key is refused,
 *       not read as "the last one wins": which of the two a person meant is not ours to guess, and
 *       an edit of one would leave the other.
 *   <li>Member names are key path segments as written, unescaped: {@code
 *       "python.analysis.typeCheckingMode"} and {@code "[python]"} are one segment each. Objects
 *       are walked into; an array gives one member slot per distinct element; every other value a
 *       key slot. Empty files, whitespace or comments only, count as <code>{}</code>.
 *   <li>Values: a string is {@link TypedValue.Str}; an integer that fits a {@code long} is {@link
 *       TypedValue.Int}; a number with a fraction or an exponent is {@link TypedValue.Flt} (so
 *       {@code 1.0} is not {@code 1}); an integer too large for a {@code long} is the nearest {@link
 *       TypedValue.Flt}, which is how VS Code itself (JavaScript) reads every number; {@code
 *       true}/{@code false}, {@code null}, arrays and objects are {@link TypedValue.Bool}, {@link
 *       TypedValue.Null}, {@link TypedValue.Arr} and {@link TypedValue.Tbl}.
 * </ul>
 *
 * <p>Editing (every byte outside the edited span is kept, byte order mark and line breaks included):
 *
 * <ul>
 *   <li>{@link #put} replaces a present value's characters only (key, comments and comma stay; a
 *       value on one line is replaced by one on one line) and leaves the text as it is when the value
 *       is already there, type included. An absent key is added like {@link JsoncMerger} adds one
 *       (after the object's last member, in the file's indentation, newline and trailing-comma
 *       habit), with objects created for the missing part of the path; {@code null} text becomes the
 *       document {@link JsoncMerger} writes for a new file.
 *   <li>{@link #remove} and {@link #removeMember} delete an entry as {@link EntryRemoval} describes:
 *       with the whole lines it stands on when it has them to itself, comments on lines of their own
 *       kept; the comma before a last entry without one goes too. A container the removal empties
 *       is removed from its parent too when no comment is left inside it (an array as well as an
 *       object); the root object stays, as <code>{}</code> when nothing is left in it.
 *   <li>{@link #addMember} appends like {@link ElementInsertion} describes, keeping the array on one
 *       line or one element per line as it was; an absent array is created as by {@link #put}.
 *   <li>A key path that runs into a value that is not an object (or, for the member operations,
 *       ends at a value that is not an array) is a {@link ValidationException} naming that value's
 *       line and column: Protostar does not replace a person's value to make room for its own.
 *       {@link #remove} and {@link #removeMember} return the text unchanged instead: what they would
 *       remove is not there.
 * </ul>
 *
 * Every result is checked before it is returned: it must validate and decode to exactly the data
 * the edit means; otherwise an {@link IllegalStateException} (a bug here) is thrown instead.
 * Values JSON cannot hold (dates and times, NaN, infinities) are refused with {@link
 * IllegalArgumentException}, as is an empty key path. Stateless and thread-safe.
 */
public final class JsoncSlotEditor implements SlotEditor {

    /** An editor; it holds no state, so one can serve every file and thread. */
    public JsoncSlotEditor() {
    }

    @Override
    public Map<Slot, TypedValue> slots(WorkspacePath target, String text) {
        Objects.requireNonNull(target, "target");
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        if (text != null) {
            collect(Parsed.of(target, text).data(), List.of(), slots);
        }
        return Collections.unmodifiableMap(slots);
    }

    @Override
    public String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value) {
        requireKeyPath(target, keyPath);
        JsonNode node = TypedJson.node(Objects.requireNonNull(value, "value"));
        TypedValue.Tbl none = new TypedValue.Tbl(Map.of());
        if (text == null) {
            String created = new JsoncLayout(Indentation.DEFAULT_UNIT, NewlineStyle.LF)
                    .document(TypedJson.nested(keyPath, node));
            return verified(target, created, TypedPaths.with(none, keyPath, value));
        }
        Parsed doc = Parsed.of(target, text);
        if (doc.document().isEmpty()) {
            return doc.finish(target, intoEmptyFile(doc, TypedJson.nested(keyPath, node)),
                    TypedPaths.with(none, keyPath, value));
        }
        Walk walk = Walk.of(doc.document().root(), keyPath);
        if (walk.blocked()) {
            throw notAnObject(target, doc, keyPath, walk);
        }
        List<Splice> splices;
        if (walk.found()) {
            if (value.equals(TypedPaths.at(doc.data(), keyPath))) {
                return text;
            }
            MemberSpan member = walk.last();
            splices = List.of(new Splice(member.valueStart(), member.valueEnd(),
                    ObjectMerge.replacement(doc.body(), walk.holder(), member, node, doc.layout())));
        } else {
            int missing = walk.members().size();
            Map.Entry<String, JsonNode> addition = Map.entry(keyPath.get(missing),
                    TypedJson.nested(keyPath.subList(missing + 1, keyPath.size()), node));
            splices = MemberInsertion.splices(doc.body(), walk.holder(), List.of(addition), doc.layout());
        }
        return doc.finish(target, Splice.apply(doc.body(), splices), TypedPaths.with(doc.data(), keyPath, value));
    }

    @Override
    public String remove(WorkspacePath target, String text, List<String> keyPath) {
        requireKeyPath(target, keyPath);
        if (text == null) {
            return null;
        }
        Parsed doc = Parsed.of(target, text);
        if (doc.document().isEmpty()) {
            return text;
        }
        Walk walk = Walk.of(doc.document().root(), keyPath);
        if (!walk.found()) {
            return text;
        }
        EntryRemoval.Outcome outcome = EntryRemoval.cascade(doc.body(), walk.levels());
        return doc.finish(target, Splice.apply(doc.body(), outcome.splices()),
                TypedPaths.without(doc.data(), keyPath.subList(0, outcome.depth() + 1)));
    }

    @Override
    public String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        requireKeyPath(target, keyPath);
        JsonNode node = TypedJson.node(Objects.requireNonNull(member, "member"));
        TypedValue.Arr alone = new TypedValue.Arr(List.of(member));
        if (text == null) {
            return put(target, null, keyPath, alone);
        }
        Parsed doc = Parsed.of(target, text);
        if (doc.document().isEmpty()) {
            return put(target, text, keyPath, alone);
        }
        Walk walk = Walk.of(doc.document().root(), keyPath);
        if (walk.blocked()) {
            throw notAnObject(target, doc, keyPath, walk);
        }
        if (!walk.found()) {
            return put(target, text, keyPath, alone);
        }
        TypedValue current = TypedPaths.at(doc.data(), keyPath);
        if (!(current instanceof TypedValue.Arr array)) {
            throw notAnArray(target, doc, keyPath, walk.last(), current);
        }
        if (array.items().contains(member)) {
            return text;
        }
        ArraySpan span = arraySpan(doc, walk.last(), array);
        List<TypedValue> items = new ArrayList<>(array.items());
        items.add(member);
        return doc.finish(target, Splice.apply(doc.body(), ElementInsertion.splices(doc.body(), span, node, doc.layout())),
                TypedPaths.with(doc.data(), keyPath, new TypedValue.Arr(items)));
    }

    @Override
    public String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        requireKeyPath(target, keyPath);
        Objects.requireNonNull(member, "member");
        if (text == null) {
            return null;
        }
        String current = text;
        while (true) { // one occurrence at a time: each removal re-reads the text the previous one left
            Parsed doc = Parsed.of(target, current);
            if (doc.document().isEmpty()) {
                return current;
            }
            Walk walk = Walk.of(doc.document().root(), keyPath);
            TypedValue value = walk.found() ? TypedPaths.at(doc.data(), keyPath) : null;
            int index = value instanceof TypedValue.Arr array ? array.items().indexOf(member) : -1;
            if (index < 0) {
                return current;
            }
            TypedValue.Arr array = (TypedValue.Arr) value;
            ArraySpan span = arraySpan(doc, walk.last(), array);
            List<EntryRemoval.Level> levels = new ArrayList<>(walk.levels());
            levels.add(new EntryRemoval.Level(span.open(), span.close(), span.elements(), index));
            EntryRemoval.Outcome outcome = EntryRemoval.cascade(doc.body(), levels);
            TypedValue.Tbl expected;
            if (outcome.depth() == keyPath.size()) {
                List<TypedValue> items = new ArrayList<>(array.items());
                items.remove(index);
                expected = TypedPaths.with(doc.data(), keyPath, new TypedValue.Arr(items));
            } else {
                expected = TypedPaths.without(doc.data(), keyPath.subList(0, outcome.depth() + 1));
            }
            current = doc.finish(target, Splice.apply(doc.body(), outcome.splices()), expected);
        }
    }

    /** Key slots, member slots and the objects walked into, in document order. */
    private static void collect(TypedValue.Tbl table, List<String> path, Map<Slot, TypedValue> slots) {
        for (Map.Entry<String, TypedValue> entry : table.members().entrySet()) {
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(entry.getKey());
            TypedValue value = entry.getValue();
            if (value instanceof TypedValue.Tbl inner) {
                collect(inner, keyPath, slots);
            } else if (value instanceof TypedValue.Arr array && !array.items().isEmpty()) {
                for (TypedValue item : array.items()) {
                    slots.putIfAbsent(Slot.member(keyPath, item), item);
                }
            } else {
                slots.put(Slot.key(keyPath), value);
            }
        }
    }

    /** A file holding no value: its comments (if any) stay, followed by the new document, as {@link JsoncMerger} does. */
    private static String intoEmptyFile(Parsed doc, JsonNode root) {
        String body = doc.body();
        JsoncLayout layout = new JsoncLayout(Indentation.DEFAULT_UNIT, doc.framing().newline());
        String comments = body.substring(0, JsoncLexer.endOfLastComment(body, 0, body.length()));
        return (comments.isEmpty() ? "" : comments + layout.newline()) + layout.document(root);
    }

    private static ArraySpan arraySpan(Parsed doc, MemberSpan member, TypedValue.Arr array) {
        ArraySpan span = JsoncScanner.array(doc.body(), member.valueStart());
        if (span.elements().size() != array.items().size()) {
            throw new IllegalStateException("Internal error: the JSONC scanner and Jackson disagree about the array \""
                    + member.key() + "\"; nothing was written. Please report this with the file.");
        }
        return span;
    }

    private static void requireKeyPath(WorkspacePath target, List<String> keyPath) {
        Objects.requireNonNull(target, "target");
        if (keyPath.isEmpty()) {
            throw new IllegalArgumentException("A JSON edit of " + target + " needs a key path; the root object itself is not a slot");
        }
    }

    /** The text we return must parse, and to exactly the data the edit was meant to produce. */
    private static String verified(WorkspacePath target, String body, TypedValue.Tbl expected) {
        Optional<SyntaxProblem> problem = JsoncSyntax.check(body, JsonDialect.JSONC);
        if (problem.isPresent()) {
            throw new IllegalStateException("Internal error: editing " + target + " produced JSON that does not parse ("
                    + problem.get().describe() + " of the result); nothing was written. Please report this with the file.");
        }
        if (!TypedJson.read(body).equals(expected)) {
            throw new IllegalStateException("Internal error: editing " + target
                    + " produced JSON whose data differs from the intended edit; nothing was written."
                    + " Please report this with the file.");
        }
        return body;
    }

    private static ValidationException notAnObject(WorkspacePath target, Parsed doc, List<String> keyPath, Walk walk) {
        MemberSpan blocker = walk.last();
        List<String> blockerPath = keyPath.subList(0, walk.members().size());
        return refusal(target, doc, blocker, blockerPath, keyPath,
                describe(TypedPaths.at(doc.data(), blockerPath)) + ", not an object");
    }

    private static ValidationException notAnArray(WorkspacePath target, Parsed doc, List<String> keyPath,
            MemberSpan member, TypedValue value) {
        return refusal(target, doc, member, keyPath, keyPath, describe(value) + ", not an array");
    }

    private static ValidationException refusal(WorkspacePath target, Parsed doc, MemberSpan at, List<String> atPath,
            List<String> keyPath, String what) {
        TextPosition position = TextPosition.of(doc.body(), at.valueStart());
        String key = Slot.key(atPath).dottedKey();
        return new ValidationException(target, position.line(), position.column(),
                key + " is " + what + "; Protostar needs to write " + Slot.key(keyPath).dottedKey() + " there",
                "Rename or remove " + key + " in " + target + " (Protostar does not replace your value) and run again;"
                        + " nothing was changed.");
    }

    private static String describe(TypedValue value) {
        if (value instanceof TypedValue.Str) {
            return "a string";
        }
        if (value instanceof TypedValue.Int || value instanceof TypedValue.Flt) {
            return "a number";
        }
        if (value instanceof TypedValue.Bool) {
            return "a boolean";
        }
        if (value instanceof TypedValue.Arr) {
            return "an array";
        }
        if (value instanceof TypedValue.Tbl) {
            return "an object";
        }
        return "null";
    }

    /** A validated file: its framing, spans and data. */
    private record Parsed(JsoncFraming framing, JsoncDocument document, TypedValue.Tbl data) {

        static Parsed of(WorkspacePath target, String text) {
            JsoncMerger.validate(target, text);
            JsoncFraming framing = JsoncFraming.of(text);
            return new Parsed(framing, JsoncScanner.scan(framing.body()), TypedJson.read(framing.body()));
        }

        String body() {
            return framing.body();
        }

        JsoncLayout layout() {
            return new JsoncLayout(Indentation.unitOf(document), framing.newline());
        }

        /** {@code body}, checked to hold {@code expected}, with this file's byte order mark. */
        String finish(WorkspacePath target, String body, TypedValue.Tbl expected) {
            return framing.frame(verified(target, body, expected));
        }
    }

    /**
     * How far a key path reaches into a document: {@code objects.get(i)} holds {@code
     * members.get(i)}, the member named by the path's segment {@code i}.
     */
    private record Walk(List<ObjectSpan> objects, List<MemberSpan> members, int pathLength) {

        static Walk of(ObjectSpan root, List<String> keyPath) {
            List<ObjectSpan> objects = new ArrayList<>();
            List<MemberSpan> members = new ArrayList<>();
            ObjectSpan object = root;
            objects.add(root);
            for (int i = 0; i < keyPath.size(); i++) {
                MemberSpan member = object.member(keyPath.get(i));
                if (member == null) {
                    break;
                }
                members.add(member);
                if (i == keyPath.size() - 1 || member.object() == null) {
                    break;
                }
                object = member.object();
                objects.add(object);
            }
            return new Walk(objects, members, keyPath.size());
        }

        /** Whether the whole path exists. */
        boolean found() {
            return members.size() == pathLength;
        }

        /** Whether the path runs into a value that is not an object before its end. */
        boolean blocked() {
            return !found() && objects.size() == members.size();
        }

        /** The last member reached. */
        MemberSpan last() {
            return members.get(members.size() - 1);
        }

        /** The deepest object reached: the holder of the path's member, or the object lacking the next key. */
        ObjectSpan holder() {
            return objects.get(objects.size() - 1);
        }

        /** The containers on the way to the path's member, for {@link EntryRemoval#cascade}. */
        List<EntryRemoval.Level> levels() {
            List<EntryRemoval.Level> levels = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                levels.add(EntryRemoval.Level.of(objects.get(i), members.get(i)));
            }
            return levels;
        }
    }
}
