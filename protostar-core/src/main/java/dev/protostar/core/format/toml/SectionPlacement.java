package dev.protostar.core.format.toml;

import dev.protostar.core.format.toml.SectionHeaders.Header;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * Moves new sections next to their siblings when tomlj could not. tomlj places a new sub-table
 * after its parent's block, but a parent without a header of its own (the usual {@code tool} of a
 * {@code pyproject.toml}) has no block, and the new {@code [tool.mypy]} lands at the end of the
 * file, after a {@code [build-system]} that may follow the other tool tables. This moves such a
 * section (with the comment lines above it) to just after the last section under the same parent,
 * one blank line before its header.
 *
 * <p>Text is moved line by line, so the result is checked: it must parse to data equal to tomlj's
 * rendering, otherwise tomlj's placement is kept.
 */
final class SectionPlacement {

    private SectionPlacement() {
    }

    /**
     * The placed text, with its parse when this step made one (so the caller's final check need not
     * parse the same text again).
     *
     * @param text the placed text
     * @param document {@code text} parsed with the given version, or {@code null} when no parse was needed
     * @param holdsIntended whether {@code text} was already found to hold exactly the intended data
     *     given to {@link #placeParsed}: by comparing {@code document} with it or, when {@code document}
     *     is {@code null}, by the {@link IndependentCheck}
     */
    record Placed(String text, TomlParseResult document, boolean holdsIntended) {

        /** A placement whose parse (if any) has not been compared with the intended data. */
        Placed(String text, TomlParseResult document) {
            this(text, document, false);
        }
    }

    /**
     * {@code rendered} (tomlj's output, ending with a line break) with each of {@code newSections}
     * (key paths of tables or arrays of tables just added, in insertion order) moved beside its
     * siblings where that is needed and safe, with the parse of the returned text when one was made.
     *
     * @param intended the data {@code rendered} holds (the edited document it was rendered from);
     *     moved text is kept only when it holds this data
     * @param original the text {@code intended} was parsed from before the edits
     */
    static Placed placeParsed(String rendered, List<List<String>> newSections, TomlVersion version, String newline,
            TomlTable intended, String original) {
        TomlParseResult renderedParse = null;
        Layout layout = null;
        boolean anyMoved = false;
        for (List<String> section : newSections) {
            if (section.size() < 2) {
                continue;
            }
            if (layout == null) {
                layout = Layout.of(rendered, version, newline);
                if (layout == null) {
                    return new Placed(rendered, null);
                }
                renderedParse = layout.document(); // null when the headers were found without a parse
            }
            Layout next = moveBesideSiblings(layout, section, newSections);
            if (next != null) {
                layout = next; // its headers moved with their lines: no need to parse the text again
                anyMoved = true;
            }
        }
        // The lines are joined once, after the last move (joining after each move cost a copy of the file each).
        String text = anyMoved ? String.join(newline, layout.lines()) + newline : rendered;
        if (text.equals(rendered)) {
            return new Placed(rendered, renderedParse);
        }
        if (version == TomlVersion.V1_0_0 && IndependentCheck.holds(text, original, intended)) {
            return new Placed(text, null, true);
        }
        TomlParseResult moved = Toml.parse(text, version);
        if (moved.hasErrors()) {
            return new Placed(rendered, renderedParse);
        }
        return TomlData.same(moved, intended) ? new Placed(text, moved, true)
                : new Placed(rendered, renderedParse);
    }

    /**
     * A text split into lines, with its section headers.
     *
     * @param document the text parsed, or {@code null} when the headers were found without parsing
     *     (by {@link HeaderScan}, or by moving lines of another layout)
     */
    private record Layout(TomlParseResult document, List<String> lines, List<Header> headers) {

        /** The layout of {@code text}, or null when it does not parse. */
        static Layout of(String text, TomlVersion version, String newline) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split(newline, -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            List<Header> scanned = HeaderScan.of(lines);
            if (scanned != null) {
                return new Layout(null, lines, scanned);
            }
            TomlParseResult document = Toml.parse(text, version);
            if (document.hasErrors()) {
                return null;
            }
            return new Layout(document, lines, SectionHeaders.of(document, lines));
        }
    }

    /** The layout after moving {@code section} beside its siblings, or null when it stays where it is. */
    private static Layout moveBesideSiblings(Layout layout, List<String> section, List<List<String>> newSections) {
        List<String> lines = layout.lines();
        List<Header> headers = layout.headers();
        List<String> parent = section.subList(0, section.size() - 1);
        int first = firstWithin(headers, section);
        if (first < 0 || headers.stream().anyMatch(h -> h.path().equals(parent))) {
            return null; // not written as a section, or its parent has a block tomlj placed it after
        }
        int end = first + 1;
        while (end < headers.size() && headers.get(end).isWithin(section)) {
            end++;
        }
        for (int i = end; i < headers.size(); i++) {
            Header later = headers.get(i);
            if (newSections.stream().noneMatch(later::isWithin)) {
                return null; // tomlj did not append it after everything the user wrote: leave it
            }
        }
        int anchor = -1;
        for (int i = 0; i < first; i++) {
            if (headers.get(i).isWithin(parent)) {
                anchor = i;
            }
        }
        if (anchor < 0 || anchor + 1 == first) {
            return null; // no sibling section, or the new section already follows the last one
        }
        int anchorLine = headers.get(anchor).line();
        int insertAt = startOfAttachedComments(lines, headers.get(anchor + 1).line(), anchorLine + 1);
        while (insertAt > anchorLine + 1 && lines.get(insertAt - 1).isBlank()) {
            insertAt--;
        }
        int blockStart = startOfAttachedComments(lines, headers.get(first).line(), insertAt);
        int blockEnd = end < headers.size()
                ? startOfAttachedComments(lines, headers.get(end).line(), blockStart + 1)
                : lines.size();
        while (blockEnd > blockStart + 1 && lines.get(blockEnd - 1).isBlank()) {
            blockEnd--;
        }
        int beforeBlock = blockStart;
        while (beforeBlock > insertAt && lines.get(beforeBlock - 1).isBlank()) {
            beforeBlock--;
        }
        List<String> result = new ArrayList<>(lines.subList(0, insertAt));
        result.add("");
        result.addAll(lines.subList(blockStart, blockEnd));
        boolean blankAfterBlock = !lines.get(insertAt).isBlank();
        if (blankAfterBlock) {
            result.add("");
        }
        result.addAll(lines.subList(insertAt, beforeBlock));
        result.addAll(lines.subList(blockEnd, lines.size()));
        // Where each kept line went; the blank lines between beforeBlock and blockStart are dropped.
        int movedBlockAt = insertAt + 1;
        int restAt = movedBlockAt + (blockEnd - blockStart) + (blankAfterBlock ? 1 : 0);
        int tailAt = restAt + (beforeBlock - insertAt);
        List<Header> moved = new ArrayList<>(headers.size());
        for (Header header : headers) {
            int line = header.line();
            int to = line < insertAt ? line
                    : line >= blockStart && line < blockEnd ? movedBlockAt + (line - blockStart)
                    : line < beforeBlock ? restAt + (line - insertAt)
                    : tailAt + (line - blockEnd);
            moved.add(new Header(to, header.path()));
        }
        moved.sort(Comparator.comparingInt(Header::line));
        return new Layout(null, result, moved);
    }

    private static int firstWithin(List<Header> headers, List<String> section) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).isWithin(section)) {
                return i;
            }
        }
        return -1;
    }

    /** The first of the comment lines directly above line {@code header}, not going above {@code floor}. */
    private static int startOfAttachedComments(List<String> lines, int header, int floor) {
        int start = header;
        while (start > floor && lines.get(start - 1).strip().startsWith("#")) {
            start--;
        }
        return start;
    }
}
