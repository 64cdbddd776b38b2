package dev.protostar.core.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in a structured file that Protostar can own: the value at a key path, or one member of
 * the array at a key path. Arrays are owned member by member (ruff's {@code select}, arrays of
 * tables, {@code .gitignore} lines, pre-commit hooks), so a user's own members are never Protostar's.
 *
 * @param keyPath the keys from the document's root, unescaped ({@code ["tool", "ruff", "line-length"]});
 *     empty for a whole file's list of lines
 * @param member for a member slot, the member itself; empty for a key slot
 */
public record Slot(List<String> keyPath, Optional<TypedValue> member) {

    public Slot {
        keyPath = List.copyOf(keyPath);
        Objects.requireNonNull(member, "member");
    }

    /** The slot of the value at {@code keyPath}. */
    public static Slot key(List<String> keyPath) {
        return new Slot(keyPath, Optional.empty());
    }

    /** The slot of {@code member} in the array at {@code keyPath}. */
    public static Slot member(List<String> keyPath, TypedValue member) {
        return new Slot(keyPath, Optional.of(member));
    }

    /** Whether this is a member slot. */
    public boolean isMember() {
        return member.isPresent();
    }

    /** The key path joined with dots, each segment quoted when it is not a bare key: {@code tool.ruff."line-length"} is not quoted; {@code "a.b"} is. */
    public String dottedKey() {
        StringBuilder out = new StringBuilder();
        for (String segment : keyPath) {
            if (out.length() > 0) {
                out.append('.');
            }
            if (!segment.isEmpty() && segment.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.append(segment);
            } else {
                out.append(new TypedValue.Str(segment).display());
            }
        }
        return out.toString();
    }

    /** {@link #dottedKey()}, and for a member slot {@code [member]} after it. */
    public String display() {
        return member.map(m -> dottedKey() + (keyPath.isEmpty() ? "" : " ") + "[" + m.display() + "]").orElse(dottedKey());
    }
}
