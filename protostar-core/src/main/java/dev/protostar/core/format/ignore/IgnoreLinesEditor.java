package dev.protostar.core.format.ignore;

import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lines of a {@code .gitignore}, {@code .dockerignore} or any other one-pattern-per-line file
 * as slots: one member slot per distinct pattern, with the empty key path ({@code List.of()}) and the
 * pattern as a {@link TypedValue.Str} for both member and value.
 *
 * <p>A line's pattern is the line with surrounding whitespace removed, as {@link IgnoreFile}
 * compares lines; blank lines and comments (a pattern starting with {@code #}) are the user's
 * layout, never slots. Patterns are compared exactly: {@code .env} is not {@code .envrc}, not
 * {@code !.env} and not {@code # .env}.
 *
 * <p>The file is one list, not a table: {@link #put} and {@link #remove} are refused. Every text is
 * accepted (an ignore file has no syntax errors); a UTF-8 byte order mark is kept. Stateless and
 * thread-safe.
 */
public final class IgnoreLinesEditor implements SlotEditor {

    private static final char BOM = '\uFEFF';

    /** The editor. */
    public IgnoreLinesEditor() {
    }

    /**
     * One member slot per distinct pattern, in the order of first appearance; {@code null} text gives
     * none.
     */
    @Override
    public Map<Slot, TypedValue> slots(WorkspacePath target, String text) {
        Objects.requireNonNull(target, "target");
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        if (text == null) {
            return Map.of();
        }
        for (String line : withoutBom(text).split("\r?\n", -1)) {
            String pattern = line.strip();
            if (!pattern.isEmpty() && !pattern.startsWith("#")) {
                TypedValue member = new TypedValue.Str(pattern);
                slots.putIfAbsent(Slot.member(List.of(), member), member);
            }
        }
        return Collections.unmodifiableMap(slots);
    }

    /** Refused: an ignore file is a list of lines, without keys. */
    @Override
    public String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value) {
        throw noKeys(target);
    }

    /** Refused: an ignore file is a list of lines, without keys. */
    @Override
    public String remove(WorkspacePath target, String text, List<String> keyPath) {
        throw noKeys(target);
    }

    /**
     * Appends {@code member} as a line, as {@link IgnoreFile#merge} does: in the file's line-break
     * style, after ending a last line that lacks a line break, with a line break after it; {@code
     * null} text becomes the line alone. A pattern already present returns {@code text} itself.
     *
     * @throws IllegalArgumentException when {@code keyPath} is not empty, {@code member} is not a
     *     string, or the string is blank, spans lines, has surrounding whitespace or starts with
     *     {@code #} (it could never be read back as this member)
     */
    @Override
    public String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        String pattern = patternOf(target, keyPath, member);
        return IgnoreFile.merge(text, List.of(pattern));
    }

    /**
     * Removes every line whose pattern is exactly {@code member}, each with its line break; every
     * other line, comments and blank lines included, is kept byte for byte with its own line break
     * (so removing a last line that lacked one leaves the file ending with the line break of the line
     * before). An absent member (or {@code null} text) returns {@code text} itself; removing every
     * line gives {@code ""} (a byte order mark stays).
     *
     * @throws IllegalArgumentException as {@link #addMember}
     */
    @Override
    public String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        String pattern = patternOf(target, keyPath, member);
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int offset = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        out.append(text, 0, offset);
        boolean removed = false;
        for (int start = offset; start < text.length(); ) {
            int newline = text.indexOf('\n', start);
            int next = newline < 0 ? text.length() : newline + 1;
            if (text.substring(start, newline < 0 ? text.length() : newline).strip().equals(pattern)) {
                removed = true;
            } else {
                out.append(text, start, next);
            }
            start = next;
        }
        return removed ? out.toString() : text;
    }

    private static String patternOf(WorkspacePath target, List<String> keyPath, TypedValue member) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(keyPath, "keyPath");
        if (!keyPath.isEmpty()) {
            throw new IllegalArgumentException("The lines of " + target + " form one list with the empty key path;"
                    + " got " + keyPath);
        }
        if (!(member instanceof TypedValue.Str str)) {
            throw new IllegalArgumentException("A line of " + target + " is a string; got "
                    + (member == null ? "null" : member.display()));
        }
        // IgnoreFile's checks: not blank, one line, no surrounding whitespace.
        IgnoreFile.missingEntries(null, List.of(str.value()));
        if (str.value().startsWith("#")) {
            throw new IllegalArgumentException("\"" + str.value() + "\" is a comment in " + target
                    + ", not a pattern; escape a leading '#' as '\\#' to ignore such a name");
        }
        return str.value();
    }

    private static IllegalArgumentException noKeys(WorkspacePath target) {
        return new IllegalArgumentException("The lines of " + target + " are a list without keys: a line is added"
                + " with addMember and removed with removeMember; put and remove do not apply");
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
