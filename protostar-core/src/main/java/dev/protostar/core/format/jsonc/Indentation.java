package dev.protostar.core.format.jsonc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a JSONC document indents: per line, per object, and the unit one level of nesting adds.
 *
 * <p>An object is <em>laid out on lines</em> when at least one of its members is on a line of its
 * own (a line break separates it from the previous member or the <code>'{'</code>; comments before the
 * key do not matter). Its member indentation is the indentation of the line holding the key of the
 * last such member.
 *
 * <p>The file's unit is measured on those objects as member indentation minus the indentation of
 * the line holding the object's <code>'{'</code>. Differences made only of spaces or only of tabs vote;
 * the one with the most votes wins (the first seen on a tie); with no vote the unit is four spaces.
 */
final class Indentation {

    static final String DEFAULT_UNIT = "    ";

    private Indentation() {
    }

    /** The spaces and tabs that begin the line holding {@code offset}. */
    static String ofLine(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether at least one member of {@code object} is on a line of its own. */
    static boolean laidOutOnLines(String text, ObjectSpan object) {
        return memberIndent(text, object) != null;
    }

    /** The indentation of the last member of {@code object} on a line of its own, or {@code null} when none is. */
    static String memberIndent(String text, ObjectSpan object) {
        for (int i = object.members().size() - 1; i >= 0; i--) {
            MemberSpan member = object.members().get(i);
            if (member.ownLine()) {
                return ofLine(text, member.keyStart());
            }
        }
        return null;
    }

    /** The indentation unit of {@code document}; {@link #DEFAULT_UNIT} when it shows none. */
    static String unitOf(JsoncDocument document) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        if (document.root() != null) {
            collect(document.body(), document.root(), votes);
        }
        String best = DEFAULT_UNIT;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        return best;
    }

    private static void collect(String text, ObjectSpan object, Map<String, Integer> votes) {
        String members = memberIndent(text, object);
        if (members != null) {
            String outer = ofLine(text, object.open());
            if (members.length() > outer.length() && members.startsWith(outer)) {
                String unit = members.substring(outer.length());
                if (unit.chars().allMatch(c -> c == ' ') || unit.chars().allMatch(c -> c == '\t')) {
                    votes.merge(unit, 1, Integer::sum);
                }
            }
        }
        for (MemberSpan member : object.members()) {
            if (member.object() != null) {
                collect(text, member.object(), votes);
            }
        }
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && !JsoncLexer.isLineBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
