package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.TomlLayout.CommentLine;
import dev.protostar.core.format.toml.TomlLayout.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * Cutting whole sections out of a TOML body: an entry of an array of tables, or the header of a
 * table left empty. See {@link TomlSlotEditor} for what goes and what stays.
 */
final class Sections {

    private Sections() {
    }

    /**
     * The text without the block {@code header} opens: the header through the last key or sub-table
     * line that belongs to it. The blank lines after it go too when a blank line (or the file's start)
     * is before it; at the end of the file the blank lines before it go instead.
     */
    static String cutBlock(TomlLayout layout, Header header) {
        String text = layout.text();
        int start = header.lineStart();
        int end = layout.blockContentEnd(header, true);
        return cut(text, start, end);
    }

    /**
     * Whether the empty table {@code header} opens holds a comment: on the header line, or on a line
     * of its body, except a block of comment lines directly above the next header that a blank line
     * separates from this header.
     */
    static boolean holdsComment(TomlLayout layout, Header header) {
        if (header.comment()) {
            return true;
        }
        int bodyEnd = layout.nextHeaderStart(header);
        int attached = attachedBlockStart(layout, header, bodyEnd);
        for (CommentLine comment : layout.comments()) {
            if (comment.lineStart() >= header.lineEnd() && comment.lineStart() < attached) {
                return true;
            }
        }
        return false;
    }

    /** The text without the line of {@code header} (a table left empty, holding no comment) and its blank body. */
    static String cutHeader(TomlLayout layout, Header header) {
        int bodyEnd = layout.nextHeaderStart(header);
        int end = attachedBlockStart(layout, header, bodyEnd);
        String text = layout.text();
        int start = header.lineStart();
        if (end >= text.length()) {
            start = Lines.blankLinesStart(text, start);
        }
        return text.substring(0, start) + text.substring(end);
    }

    /**
     * Where the comment lines directly above the next header start, when a blank line separates them
     * from {@code header}; otherwise {@code bodyEnd} (also at the end of the file).
     */
    private static int attachedBlockStart(TomlLayout layout, Header header, int bodyEnd) {
        if (bodyEnd >= layout.text().length()) {
            return bodyEnd;
        }
        List<CommentLine> inBody = new ArrayList<>();
        for (CommentLine comment : layout.comments()) {
            if (comment.lineStart() >= header.lineEnd() && comment.lineStart() < bodyEnd) {
                inBody.add(comment);
            }
        }
        int start = bodyEnd;
        for (int k = inBody.size() - 1; k >= 0 && inBody.get(k).lineEnd() == start; k--) {
            start = inBody.get(k).lineStart();
        }
        return start == header.lineEnd() ? bodyEnd : start;
    }

    /** {@code text} without {@code [start, end)} (whole lines) and the blank lines that separated it. */
    private static String cut(String text, int start, int end) {
        int after = Lines.blankLinesEnd(text, end);
        if (after >= text.length()) {
            start = Lines.blankLinesStart(text, start);
            end = text.length();
        } else if (start == 0 || Lines.blankLinesStart(text, start) < start) {
            end = after;
        }
        return text.substring(0, start) + text.substring(end);
    }
}
