package dev.protostar.core.format.jsonc;

/**
 * Where one member ({@code "key": value}) of an object sits in the document's text. Offsets are
 * character indices into the body (the text without byte order mark); ends are exclusive.
 *
 * @param key the key, unescaped ({@code "a\u0062"} is {@code ab}), as Jackson reads it
 * @param keyStart offset of the key's opening quote
 * @param valueStart offset of the value's first character
 * @param valueEnd offset just after the value's last character
 * @param object the value's own spans when it is an object, otherwise {@code null}
 * @param comma offset of the comma that follows the member, or -1 when none does (only the last
 *     member of an object may lack one; when the last has one, the object uses a trailing comma)
 * @param ownLine whether a line break separates the key from what precedes the member (the
 *     object's <code>'{'</code> or the previous member's comma), comments aside
 */
record MemberSpan(String key, int keyStart, int valueStart, int valueEnd, ObjectSpan object, int comma,
        boolean ownLine) {

    boolean hasComma() {
        return comma >= 0;
    }
}
