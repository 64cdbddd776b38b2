package dev.protostar.core.format.jsonc;

import java.util.List;

/**
 * Where one JSON object sits in the document's text, with its members in document order.
 *
 * @param open offset of its <code>'{'</code>
 * @param close offset of its <code>'}'</code>
 * @param members its members in the order they are written
 */
record ObjectSpan(int open, int close, List<MemberSpan> members) {

    ObjectSpan {
        members = List.copyOf(members);
    }

    /** The member named {@code key} (keys are unique: duplicates fail validation), or {@code null}. */
    MemberSpan member(String key) {
        for (MemberSpan member : members) {
            if (member.key().equals(key)) {
                return member;
            }
        }
        return null;
    }

    /** The last member; the object must not be empty. */
    MemberSpan last() {
        return members.get(members.size() - 1);
    }
}
