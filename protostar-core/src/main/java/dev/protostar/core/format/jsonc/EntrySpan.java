package dev.protostar.core.format.jsonc;

/**
 * Where one entry of an object or array sits in the document's text: a member ({@code "key":
 * value}, from its key) or an array element. Offsets index the body (the text without byte order
 * mark); ends are exclusive.
 *
 * @param start offset of the entry's first character (a member's key quote, an element's value)
 * @param end offset just after the entry's value
 * @param comma offset of the comma that follows it, or -1 when none does (only the last entry may
 *     lack one; when the last has one, the container uses a trailing comma)
 */
record EntrySpan(int start, int end, int comma) {

    /** The entry of {@code member}. */
    static EntrySpan of(MemberSpan member) {
        return new EntrySpan(member.keyStart(), member.valueEnd(), member.comma());
    }

    boolean hasComma() {
        return comma >= 0;
    }
}
