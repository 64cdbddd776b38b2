package dev.protostar.core.format.text;

import dev.protostar.api.TextBlock;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes {@link TextBlock}s into plain files as marked regions, keeping every byte outside them.
 *
 * <p>A region is the lines between a start marker and an end marker, each a whole line in the
 * file's {@linkplain CommentSyntax#forFile comment syntax}, for example
 *
 * <pre>
 * # region: protostar venv
 * source .venv/bin/activate
 * # endregion: protostar venv
 * </pre>
 *
 * Markers are recognised with any indentation and any spacing after the comment opener; new
 * markers are written in the canonical form above. Promises, for every result:
 *
 * <ul>
 *   <li>An existing region keeps its place and its marker lines; only the body between them is
 *       replaced. A new region goes to the end of the file, after a line break when the last line
 *       lacked one and a blank line when the last line is not blank; an absent file becomes just
 *       the regions, separated by blank lines.
 *   <li>A body is the block's content with its line breaks in the file's style (CRLF when most
 *       lines end with CRLF) and exactly one line break at its end; empty content gives an empty
 *       body.
 *   <li>Text outside the regions, a UTF-8 byte order mark and a missing final newline are kept;
 *       regions not named by any block are left as they are.
 *   <li>Applying the same blocks again returns the same text, and the result always passes
 *       {@link #validate}.
 *   <li>Blocks the Python original appended ({@code # --- Protostar Injection: <name> ---} …
 *       {@code # --- End Protostar Injection ---}) are first rewritten as regions by {@link
 *       LegacyInjectionMarkers}, so a block whose tag matches a converted one replaces it instead of
 *       adding a second copy; their inner lines are kept byte for byte.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class TextRegions {

    private static final char BOM = '\uFEFF';

    private TextRegions() {
    }

    /**
     * Checks that the protostar region markers of {@code text} (a whole file, optionally starting
     * with a byte order mark) pair up: every tag at most once, every start marker followed by its
     * own end marker before any other marker.
     *
     * @param path the file, which also decides the comment syntax
     * @param text the file's text
     * @throws ValidationException naming {@code path} and the line and column of the offending
     *     marker: a duplicate region of a tag already used, an end marker without a start, a start
     *     marker without an end (reported at the start), or a region that starts or ends inside
     *     another; the same for the legacy blocks of the Python original (see {@link
     *     LegacyInjectionMarkers#convert})
     */
    public static void validate(WorkspacePath path, String text) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        scan(path, CommentSyntax.forFile(path), text);
    }

    /**
     * The regions of {@code text} (a whole file, optionally starting with a byte order mark) after
     * its legacy blocks are converted, with the converted text they are positions in (without byte
     * order mark).
     */
    static Scanned scan(WorkspacePath path, CommentSyntax syntax, String text) {
        String converted = withoutBom(LegacyInjectionMarkers.convert(path, text, syntax).text());
        return new Scanned(converted, RegionScan.scan(path, syntax, converted));
    }

    /** A file's text without byte order mark, legacy blocks converted, and its regions. */
    record Scanned(String text, List<MarkedRegion> regions) {
    }

    /**
     * The text of the file {@code path} after writing every block into its region.
     *
     * @param path the file, which also decides the comment syntax
     * @param existing the file's text, or {@code null} when the file is absent
     * @param blocks the blocks to write, all with {@link TextBlock#target()} equal to {@code path}
     *     and each tag at most once (an identical repetition is ignored); applied in order
     * @return the new text; {@code existing} itself (so {@code null} for an absent file and no
     *     blocks) when nothing changes
     * @throws ValidationException when the markers of {@code existing} do not pair up (see {@link
     *     #validate}); nothing is applied
     * @throws IllegalArgumentException when a block targets another file, a tag is given twice with
     *     different content, or a block's content contains a region marker line of this file's
     *     syntax (the result could never be read back)
     */
    public static String apply(WorkspacePath path, String existing, List<TextBlock> blocks) {
        Objects.requireNonNull(path, "path");
        return apply(path, CommentSyntax.forFile(path), existing, blocks);
    }

    /** {@link #apply(WorkspacePath, String, List)} with markers in {@code syntax}. */
    static String apply(WorkspacePath path, CommentSyntax syntax, String existing, List<TextBlock> blocks) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blocks, "blocks");
        Map<String, String> contents = contentsByTag(path, syntax, blocks);
        if (contents.isEmpty()) {
            if (existing != null) {
                scan(path, syntax, existing);
            }
            return existing;
        }
        String whole = existing == null ? "" : existing;
        Scanned scanned = scan(path, syntax, whole);
        String text = scanned.text();
        List<MarkedRegion> regions = scanned.regions();
        NewlineStyle newline = NewlineStyle.detect(text);

        StringBuilder out = new StringBuilder(whole.length() + 256);
        if (!whole.isEmpty() && whole.charAt(0) == BOM) {
            out.append(BOM);
        }
        int copied = 0;
        Set<String> present = new HashSet<>();
        for (MarkedRegion region : regions) {
            present.add(region.tag());
            String content = contents.get(region.tag());
            if (content != null) {
                out.append(text, copied, region.bodyStart()).append(body(content, newline));
                copied = region.bodyEnd();
            }
        }
        out.append(text, copied, text.length());
        for (Map.Entry<String, String> block : contents.entrySet()) {
            if (!present.contains(block.getKey())) {
                append(out, syntax, block.getKey(), body(block.getValue(), newline), newline.sequence());
            }
        }
        String result = out.toString();
        return result.equals(existing) ? existing : result;
    }

    private static Map<String, String> contentsByTag(WorkspacePath path, CommentSyntax syntax,
            List<TextBlock> blocks) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (TextBlock block : blocks) {
            Objects.requireNonNull(block, "block");
            if (!block.target().equals(path)) {
                throw new IllegalArgumentException("The text block '" + block.tag() + "' targets " + block.target()
                        + ", not " + path + "; apply each file's blocks separately");
            }
            requireNoMarker(path, syntax, block);
            String earlier = contents.putIfAbsent(block.tag(), block.content());
            if (earlier != null && !earlier.equals(block.content())) {
                throw new IllegalArgumentException("Two text blocks for " + path + " share the tag '" + block.tag()
                        + "' with different content; a tag names one region per file");
            }
        }
        return contents;
    }

    private static void requireNoMarker(WorkspacePath path, CommentSyntax syntax, TextBlock block) {
        String[] lines = block.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (syntax.parse(line).isPresent() || LegacyInjectionMarkers.isMarker(syntax, line)) {
                throw new IllegalArgumentException("The text block '" + block.tag() + "' for " + path
                        + " contains a region marker on its line " + (i + 1) + " (\"" + line.strip()
                        + "\"); a region cannot hold markers, or the file could not be read back");
            }
        }
    }

    /** The region body for {@code content}: its lines in the file's style, one line break at the end. */
    static String body(String content, NewlineStyle newline) {
        String lines = content.replace("\r\n", "\n");
        int end = lines.length();
        while (end > 0 && lines.charAt(end - 1) == '\n') {
            end--;
        }
        return end == 0 ? "" : newline.apply(lines.substring(0, end) + "\n");
    }

    /** Appends a new region, first ending the last line and separating it from text by a blank line. */
    private static void append(StringBuilder out, CommentSyntax syntax, String tag, String body, String newline) {
        int textStart = out.length() > 0 && out.charAt(0) == BOM ? 1 : 0;
        if (out.length() > textStart) {
            if (out.charAt(out.length() - 1) != '\n') {
                out.append(newline);
            }
            if (!lastLineIsBlank(out, textStart)) {
                out.append(newline);
            }
        }
        out.append(syntax.startMarker(tag)).append(newline)
                .append(body)
                .append(syntax.endMarker(tag)).append(newline);
    }

    /** Whether the last line of {@code out} (which ends with a line break) holds only whitespace. */
    private static boolean lastLineIsBlank(StringBuilder out, int textStart) {
        int end = out.length() - 1;
        int start = end;
        while (start > textStart && out.charAt(start - 1) != '\n') {
            start--;
        }
        return out.substring(start, end).isBlank();
    }

    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
