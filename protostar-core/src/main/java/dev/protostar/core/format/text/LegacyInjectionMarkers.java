package dev.protostar.core.format.text;

import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.text.CommentSyntax.RegionMarker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the blocks the Python original of Protostar appended to plain files and rewrites them
 * as our marked regions, so that writing a region of the same tag replaces the block instead of
 * adding a second copy beside it.
 *
 * <p>Two spellings are recognised, each as a whole line, the way the Python original wrote them
 * ({@code src/protostar/executor.py} and {@code src/protostar/appends.py} of
 * JacksonFergusonDev/protostar):
 *
 * <pre>
 * # --- Protostar Injection: 57494455 ---        (name: an 8-digit hex digest of the payload)
 * ...
 * # --- End Protostar Injection ---
 *
 * # --- Protostar Region: module:environment --- (later releases: a named region)
 * ...
 * # --- End Protostar Region: module:environment ---
 * </pre>
 *
 * A marker line may be indented and may have extra spaces or tabs between its parts. Its comment
 * opener is the one of the file's {@link CommentSyntax} ({@code #}, {@code //}, or {@code <!--} with
 * {@code -->} after the marker), or {@code #}, which early releases wrote into every file.
 *
 * <p>The tag of a block is its name in lower case with every run of characters other than {@code
 * a-z} and {@code 0-9} replaced by one {@code -}, and {@code -} trimmed from both ends:
 * {@code "Python Venv"} and {@code "python_venv!"} become {@code python-venv}, {@code
 * module:environment} becomes {@code module-environment}, a hex digest stays as it is.
 *
 * <p>The conversion replaces each marker line by the canonical {@linkplain CommentSyntax#startMarker
 * start} or {@linkplain CommentSyntax#endMarker end} marker of that tag, keeping the line's own line
 * break (or its absence at the end of the file); every other line, the block's inner lines included,
 * and a byte order mark are kept byte for byte, and the line count does not change, so line numbers
 * in later messages still point at the user's file. Stateless and thread-safe.
 */
public final class LegacyInjectionMarkers {

    private static final char BOM = '\uFEFF';
    private static final String NAME = "(\\S(?:.*?\\S)?)";
    /** The compiled marker patterns of each syntax; immutable, and patterns are thread-safe. */
    private static final Map<CommentSyntax, Markers> MARKERS = markersBySyntax();

    private LegacyInjectionMarkers() {
    }

    /**
     * The result of a conversion.
     *
     * @param text the converted text; the very same {@code String} as the input when it held no
     *     legacy block
     * @param tags the tags of the converted blocks, in file order
     */
    public record Converted(String text, List<String> tags) {
        /** Copies {@code tags}. */
        public Converted {
            Objects.requireNonNull(text, "text");
            tags = List.copyOf(tags);
        }

        /** Whether any block was converted. */
        public boolean changed() {
            return !tags.isEmpty();
        }
    }

    /**
     * {@code text} with every legacy block rewritten as a region of {@code syntax}.
     *
     * @param path the file, for messages
     * @param text the file's text, optionally starting with a byte order mark
     * @param syntax the comment syntax of the markers written
     * @throws ValidationException naming {@code path}, the line and the column: a legacy block
     *     without its end marker (reported at its start), an end marker without a start, a legacy
     *     start marker inside another legacy block, an end marker naming another region, a name
     *     that gives an empty tag, or a tag that another legacy block or an existing region of the
     *     file already has
     */
    public static Converted convert(WorkspacePath path, String text, CommentSyntax syntax) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(syntax, "syntax");
        if (!text.contains("Protostar")) {
            return new Converted(text, List.of());
        }
        Markers markers = MARKERS.get(syntax);
        int offset = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        Map<String, Integer> regionTags = existingRegionTags(syntax, text.substring(offset));
        StringBuilder out = new StringBuilder(text.length() + 64);
        out.append(text, 0, offset);
        List<String> tags = new ArrayList<>();
        Map<String, Integer> tagLines = new HashMap<>();
        Open open = null;
        int lineNumber = 0;
        for (int start = offset; start < text.length(); ) {
            lineNumber++;
            int newline = text.indexOf('\n', start);
            int contentEnd = newline < 0 ? text.length() : newline;
            if (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            int next = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(start, contentEnd);
            Optional<Legacy> found = markers.parse(line);
            if (found.isEmpty()) {
                out.append(text, start, next);
            } else {
                Legacy marker = found.get();
                int column = columnOf(line);
                if (marker.start()) {
                    if (open != null) {
                        throw invalid(path, syntax, lineNumber, column, "legacy Protostar block '" + marker.name()
                                + "' starts inside the legacy block '" + open.name() + "' opened at line "
                                + open.line() + "; blocks cannot be nested");
                    }
                    String tag = tagOf(marker.name());
                    if (tag.isEmpty()) {
                        throw invalid(path, syntax, lineNumber, column, "the legacy Protostar block name '"
                                + marker.name() + "' has no letter or digit to make a region tag from");
                    }
                    Integer earlier = tagLines.get(tag);
                    if (earlier == null) {
                        earlier = regionTags.get(tag);
                    }
                    if (earlier != null) {
                        throw invalid(path, syntax, lineNumber, column, "the legacy Protostar block '"
                                + marker.name() + "' would become region '" + tag + "', which the block or region"
                                + " at line " + earlier + " already is; each tag may appear once per file");
                    }
                    open = new Open(marker.name(), marker.region(), tag, lineNumber, column);
                    tagLines.put(tag, lineNumber);
                    tags.add(tag);
                    out.append(syntax.startMarker(tag));
                } else {
                    if (open == null) {
                        throw invalid(path, syntax, lineNumber, column,
                                "end marker of a legacy Protostar block without a start marker above it");
                    }
                    if (marker.region() != open.region() || (marker.region() && !marker.name().equals(open.name()))) {
                        throw invalid(path, syntax, lineNumber, column, "this legacy end marker does not close the"
                                + " block '" + open.name() + "' opened at line " + open.line() + " ("
                                + (open.region() ? "'--- End Protostar Region: " + open.name() + " ---'"
                                        : "'--- End Protostar Injection ---'") + " does); blocks cannot be nested or"
                                + " overlap");
                    }
                    out.append(syntax.endMarker(open.tag()));
                    open = null;
                }
                out.append(text, contentEnd, next);
            }
            start = next;
        }
        if (open != null) {
            throw invalid(path, syntax, open.line(), open.column(), "legacy Protostar block '" + open.name()
                    + "' has no end marker");
        }
        return tags.isEmpty() ? new Converted(text, List.of()) : new Converted(out.toString(), tags);
    }

    /**
     * The region tag for a legacy block's name: lower case, every run of characters other than
     * {@code a-z} and {@code 0-9} replaced by one {@code -}, {@code -} trimmed from both ends; empty
     * when the name has no letter or digit.
     */
    public static String tagOf(String name) {
        String tag = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        int from = tag.startsWith("-") ? 1 : 0;
        int to = tag.endsWith("-") && tag.length() > from ? tag.length() - 1 : tag.length();
        return from >= to ? "" : tag.substring(from, to);
    }

    /** Whether {@code line} (without line break) is a legacy start or end marker in {@code syntax}. */
    static boolean isMarker(CommentSyntax syntax, String line) {
        return MARKERS.get(syntax).parse(line).isPresent();
    }

    private static Map<CommentSyntax, Markers> markersBySyntax() {
        Map<CommentSyntax, Markers> markers = new EnumMap<>(CommentSyntax.class);
        for (CommentSyntax syntax : CommentSyntax.values()) {
            markers.put(syntax, new Markers(syntax));
        }
        return Collections.unmodifiableMap(markers);
    }

    /** The tags of the file's own region start markers, with their lines. */
    private static Map<String, Integer> existingRegionTags(CommentSyntax syntax, String text) {
        Map<String, Integer> tags = new HashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNumber++;
            Optional<RegionMarker> marker = syntax.parse(line);
            if (marker.isPresent() && marker.get().start()) {
                tags.putIfAbsent(marker.get().tag(), lineNumber);
            }
        }
        return tags;
    }

    private static int columnOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i + 1;
    }

    private static ValidationException invalid(WorkspacePath path, CommentSyntax syntax, int line, int column,
            String detail) {
        return new ValidationException(path, line, column, detail, "Fix the legacy Protostar markers in " + path
                + " (each '# --- Protostar Injection: <name> ---' line needs one '# --- End Protostar Injection ---'"
                + " line below it, with no block inside another, and each name once), or delete the marker lines"
                + " to make the lines your own, and run again; nothing was changed. Protostar rewrites such blocks"
                + " as '" + syntax.startMarker("<tag>") + "' regions.");
    }

    /**
     * A legacy marker line: a start with its name, or an end, which names its block in the
     * {@code Region} spelling and not in the {@code Injection} one.
     */
    private record Legacy(boolean start, boolean region, String name) {
    }

    private record Open(String name, boolean region, String tag, int line, int column) {
    }

    /** The legacy marker patterns for one comment syntax. */
    private static final class Markers {

        private final Pattern injectionStart;
        private final Pattern injectionEnd;
        private final Pattern regionStart;
        private final Pattern regionEnd;

        Markers(CommentSyntax syntax) {
            // The file's own opener, and '#', which early releases wrote into every file.
            String opener = syntax == CommentSyntax.HASH ? "#" : "(?:#|" + Pattern.quote(syntax.openerToken()) + ")";
            String closer = syntax == CommentSyntax.HTML ? "(?:[ \\t]*-->)?" : "";
            String before = "[ \\t]*" + opener + "[ \\t]*---[ \\t]+";
            String after = "[ \\t]+---" + closer + "[ \\t]*";
            injectionStart = Pattern.compile(before + "Protostar[ \\t]+Injection:[ \\t]*" + NAME + after);
            injectionEnd = Pattern.compile(before + "End[ \\t]+Protostar[ \\t]+Injection" + after);
            regionStart = Pattern.compile(before + "Protostar[ \\t]+Region:[ \\t]*" + NAME + after);
            regionEnd = Pattern.compile(before + "End[ \\t]+Protostar[ \\t]+Region:[ \\t]*" + NAME + after);
        }

        Optional<Legacy> parse(String line) {
            if (!line.contains("Protostar")) {
                return Optional.empty();
            }
            Matcher m = injectionStart.matcher(line);
            if (m.matches()) {
                return Optional.of(new Legacy(true, false, m.group(1)));
            }
            if (injectionEnd.matcher(line).matches()) {
                return Optional.of(new Legacy(false, false, null));
            }
            m = regionStart.matcher(line);
            if (m.matches()) {
                return Optional.of(new Legacy(true, true, m.group(1)));
            }
            m = regionEnd.matcher(line);
            if (m.matches()) {
                return Optional.of(new Legacy(false, true, m.group(1)));
            }
            return Optional.empty();
        }
    }
}
