package dev.protostar.core.format.text;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.text.CommentSyntax.RegionMarker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the protostar regions of a text and checks that their markers pair up. */
final class RegionScan {

    private RegionScan() {
    }

    /**
     * The regions of {@code text} (a file's text without byte order mark), in file order.
     *
     * @throws ValidationException at the first marker that is duplicated, unbalanced or nested
     */
    static List<MarkedRegion> scan(WorkspacePath path, CommentSyntax syntax, String text) {
        List<MarkedRegion> regions = new ArrayList<>();
        Map<String, MarkedRegion> closed = new HashMap<>();
        String openTag = null;
        int openLine = 0;
        int openColumn = 0;
        int bodyStart = 0;
        int lineNumber = 0;
        for (int start = 0; start < text.length(); ) {
            lineNumber++;
            int newline = text.indexOf('\n', start);
            int next = newline < 0 ? text.length() : newline + 1;
            Optional<RegionMarker> found = syntax.parse(content(text, start, newline));
            if (found.isPresent()) {
                RegionMarker marker = found.get();
                int column = columnOf(text, start);
                if (marker.start()) {
                    if (openTag != null) {
                        throw invalid(path, syntax, lineNumber, column, "region '" + marker.tag()
                                + "' starts inside region '" + openTag + "' (opened at line " + openLine
                                + "); protostar regions cannot be nested or overlap");
                    }
                    MarkedRegion earlier = closed.get(marker.tag());
                    if (earlier != null) {
                        throw invalid(path, syntax, lineNumber, column, "duplicate region '" + marker.tag()
                                + "' (already at lines " + earlier.startLine() + "-" + earlier.endLine()
                                + "); each tag may appear once per file");
                    }
                    openTag = marker.tag();
                    openLine = lineNumber;
                    openColumn = column;
                    bodyStart = next;
                } else if (openTag == null) {
                    throw invalid(path, syntax, lineNumber, column, "end marker of region '" + marker.tag()
                            + "' without a start marker above it");
                } else if (!openTag.equals(marker.tag())) {
                    throw invalid(path, syntax, lineNumber, column, "end marker of region '" + marker.tag()
                            + "' inside region '" + openTag + "' (opened at line " + openLine
                            + "); protostar regions cannot be nested or overlap");
                } else {
                    MarkedRegion region = new MarkedRegion(openTag, openLine, lineNumber, bodyStart, start);
                    regions.add(region);
                    closed.put(openTag, region);
                    openTag = null;
                }
            }
            start = next;
        }
        if (openTag != null) {
            throw invalid(path, syntax, openLine, openColumn, "region '" + openTag
                    + "' has no end marker");
        }
        return regions;
    }

    /** The line from {@code start} up to {@code newline} (exclusive), without a trailing CR. */
    private static String content(String text, int start, int newline) {
        int end = newline < 0 ? text.length() : newline;
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /** 1-based column of the first non-blank character of the line starting at {@code lineStart}. */
    private static int columnOf(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - lineStart + 1;
    }

    private static ValidationException invalid(WorkspacePath path, CommentSyntax syntax, int line, int column,
            String detail) {
        return new ValidationException(path, line, column, detail, "Fix the protostar region markers in " + path
                + " (each '" + syntax.startMarker("<tag>") + "' line needs one matching '"
                + syntax.endMarker("<tag>") + "' line below it, with no region inside another) or move the"
                + " file aside, and run again; nothing was changed.");
    }
}
