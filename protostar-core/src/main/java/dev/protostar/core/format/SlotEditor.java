package dev.protostar.core.format;

import dev.protostar.api.WorkspacePath;
import java.util.List;
import java.util.Map;

/**
 * Reads and edits one structured format by meaning, losslessly: every edit changes the smallest
 * span it can and leaves every other byte — comments, blank lines, key order, quoting, indentation,
 * newline style, a byte-order mark — as it was. Every result parses and holds exactly the data the
 * edit describes; an implementation checks that before returning and throws rather than return a
 * text that does not.
 *
 * <p>Texts that do not parse are refused with a {@link dev.protostar.api.ValidationException}
 * naming {@code target}, the line and the column.
 */
public interface SlotEditor {

    /**
     * Every slot of {@code text} with its value: tables are walked into, never slots themselves; a
     * non-empty array gives one member slot per distinct member (the member as value) and no key
     * slot; every other value, an empty array included, gives a key slot. {@code null} text (the file
     * is absent) gives no slots.
     */
    Map<Slot, TypedValue> slots(WorkspacePath target, String text);

    /**
     * Sets the value at {@code keyPath} (not a non-empty array): replaces it in place when present, otherwise
     * adds it, creating the tables on the way. {@code text} may be {@code null} (a new file).
     */
    String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value);

    /**
     * Removes the value at {@code keyPath}, with the line(s) it stood on; a table left with no keys
     * and no sub-tables by the removal is removed too (header included) when it holds no comment.
     * Removing what is absent returns {@code text} unchanged.
     */
    String remove(WorkspacePath target, String text, List<String> keyPath);

    /**
     * Appends {@code member} to the array at {@code keyPath}, creating the array (and its tables)
     * when absent; a member already present returns {@code text} unchanged.
     */
    String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member);

    /**
     * Removes every occurrence of {@code member} from the array at {@code keyPath}; an array left
     * empty is removed as by {@link #remove}. An absent member returns {@code text} unchanged.
     */
    String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member);

    /**
     * The values of just {@code wanted} in {@code text} (slots absent from the text are left out):
     * the same answer as {@link #slots} restricted to them, which an implementation may find without
     * walking the whole document.
     */
    default Map<Slot, TypedValue> valuesAt(WorkspacePath target, String text, java.util.Collection<Slot> wanted) {
        Map<Slot, TypedValue> all = slots(target, text);
        Map<Slot, TypedValue> found = new java.util.LinkedHashMap<>();
        for (Slot slot : wanted) {
            TypedValue value = all.get(slot);
            if (value != null) {
                found.put(slot, value);
            }
        }
        return found;
    }

    /**
     * Whether {@code text} holds no data at all: no slot, and no line but blank ones, whole-line
     * comments and the empty document of the format. A file that a retraction leaves so is removed.
     * The default knows {@code {}} and {@code []}; a format with another empty document says so.
     */
    default boolean holdsNothing(WorkspacePath target, String text) {
        return slots(target, text).isEmpty() && text.lines().map(String::strip)
                .map(line -> line.startsWith("\uFEFF") ? line.substring(1) : line)
                .allMatch(line -> line.isEmpty() || line.startsWith("#") || line.startsWith("//")
                        || line.equals("{}") || line.equals("[]") || isEmptyDocumentLine(line));
    }

    /** A line (stripped) that an empty document of this format may hold besides comments, such as {@code repos: []}. */
    default boolean isEmptyDocumentLine(String line) {
        return false;
    }
}
