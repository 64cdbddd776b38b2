package dev.protostar.core.format.jsonc;

/**
 * A JSONC body (validated, without byte order mark) with the spans of its objects and members.
 *
 * @param body the text the offsets refer to
 * @param root the root object, or {@code null} when the body holds only whitespace and comments
 */
record JsoncDocument(String body, ObjectSpan root) {

    /** Whether the body holds no value at all (it then counts as {@code {}}). */
    boolean isEmpty() {
        return root == null;
    }
}
