package dev.protostar.core.format.yaml;

import java.util.Optional;

/**
 * The header of a block scalar ({@code |}, {@code >-}, {@code |2+}…) after any anchor or tag: where
 * it is and how the scalar chomps its final line break.
 *
 * @param end the offset just after the header's last indicator
 * @param chomping {@code '+'} (keep), {@code '-'} (strip) or {@code ' '} (clip, no indicator)
 * @param chompingOffset the offset of the chomping indicator, or -1 for clip
 */
record BlockScalarHeader(int end, char chomping, int chompingOffset) {

    /** The header of the scalar starting at {@code start}, or empty when it is not a block scalar. */
    static Optional<BlockScalarHeader> at(SourceLines lines, Mark start) {
        String text = lines.text();
        int lineEnd = lines.contentEnd(start.line());
        int i = start.offset();
        while (i < lineEnd && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        if (i >= lineEnd || (text.charAt(i) != '|' && text.charAt(i) != '>')) {
            return Optional.empty();
        }
        i++;
        char chomping = ' ';
        int chompingOffset = -1;
        while (i < lineEnd && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '+' || text.charAt(i) == '-')) {
            if (!Character.isDigit(text.charAt(i))) {
                chomping = text.charAt(i);
                chompingOffset = i;
            }
            i++;
        }
        return Optional.of(new BlockScalarHeader(i, chomping, chompingOffset));
    }
}
