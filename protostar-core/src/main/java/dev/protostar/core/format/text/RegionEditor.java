package dev.protostar.core.format.text;

import dev.protostar.api.TextBlock;
import dev.protostar.api.WorkspacePath;
import dev.protostar.core.format.NewlineStyle;
import dev.protostar.core.format.Slot;
import dev.protostar.core.format.SlotEditor;
import dev.protostar.core.format.TypedValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The marked regions of a plain file ({@code .envrc}, {@code .gitattributes}, {@code AGENTS.md})
 * as slots: one key slot per region, its key path the region's tag alone ({@code ["python-venv"]}),
 * its value the region's body as a {@link TypedValue.Str}: the lines between the two marker lines,
 * each ending with {@code "\n"} whatever line break the file uses (the file's style is layout, not
 * value). Regions are written and read as {@link TextRegions} does, in this editor's {@link
 * CommentSyntax}; blocks of the Python original are converted to regions first ({@link
 * LegacyInjectionMarkers}), so they are slots too and a {@link #put} of the same tag replaces them.
 *
 * <p>Regions hold text, not lists: {@link #addMember} and {@link #removeMember} are refused. Text
 * whose markers do not pair up (a region without its end, one inside another, a tag twice) is
 * refused by every operation with a {@link dev.protostar.api.ValidationException} naming the file,
 * the line and the column. Stateless and thread-safe.
 */
public final class RegionEditor implements SlotEditor {

    private static final char BOM = '\uFEFF';

    private final CommentSyntax syntax;

    /** An editor whose markers are written and recognised in {@code syntax}. */
    public RegionEditor(CommentSyntax syntax) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
    }

    /** An editor in the comment syntax of {@code file} ({@link CommentSyntax#forFile}). */
    public RegionEditor(WorkspacePath file) {
        this(CommentSyntax.forFile(file));
    }

    /**
     * The value a region written with {@code content} reads back as: line breaks as {@code "\n"},
     * the trailing ones collapsed into exactly one, and empty when {@code content} holds nothing but
     * line breaks. Use it to compare a block's content with what {@link #slots} reports.
     */
    public static TypedValue.Str value(String content) {
        return new TypedValue.Str(TextRegions.body(Objects.requireNonNull(content, "content"), NewlineStyle.LF));
    }

    /**
     * One key slot per region, in file order; {@code null} text gives none.
     *
     * @throws dev.protostar.api.ValidationException when the markers do not pair up
     */
    @Override
    public Map<Slot, TypedValue> slots(WorkspacePath target, String text) {
        Objects.requireNonNull(target, "target");
        if (text == null) {
            return Map.of();
        }
        TextRegions.Scanned scanned = TextRegions.scan(target, syntax, text);
        Map<Slot, TypedValue> slots = new LinkedHashMap<>();
        for (MarkedRegion region : scanned.regions()) {
            String body = scanned.text().substring(region.bodyStart(), region.bodyEnd()).replace("\r\n", "\n");
            slots.put(Slot.key(List.of(region.tag())), new TypedValue.Str(body));
        }
        return Collections.unmodifiableMap(slots);
    }

    /**
     * Writes the region {@code keyPath} = {@code [tag]} with {@code value} (a {@link TypedValue.Str})
     * as {@link TextRegions#apply} writes a block: the body of an existing region is replaced in
     * place, a missing region is appended at the end after a blank line, {@code null} text becomes
     * just the region. The body is written in the file's line-break style with exactly one line
     * break at its end, so the slot reads back as {@link #value value(content)}. Text outside the
     * region is kept byte for byte, except legacy blocks, which are converted.
     *
     * @throws IllegalArgumentException when {@code keyPath} is not one tag of letters, digits,
     *     {@code .}, {@code _}, {@code -}, when {@code value} is not a string, or when it contains a
     *     region marker line
     */
    @Override
    public String put(WorkspacePath target, String text, List<String> keyPath, TypedValue value) {
        Objects.requireNonNull(target, "target");
        String tag = tagOf(keyPath);
        if (!(value instanceof TypedValue.Str content)) {
            throw new IllegalArgumentException("A region of " + target + " holds text; got " + describe(value)
                    + " for region '" + tag + "'");
        }
        String result = TextRegions.apply(target, syntax, text, List.of(new TextBlock(target, tag, content.value())));
        TypedValue written = slots(target, result).get(Slot.key(keyPath));
        if (!value(content.value()).equals(written)) {
            throw new IllegalStateException("Writing region '" + tag + "' of " + target + " did not read back as"
                    + " written; nothing was changed");
        }
        return result;
    }

    /**
     * Removes the region {@code keyPath} = {@code [tag]}: its start marker, body and end marker
     * lines. When the region stood between two blank lines, or after a blank line at the end of the
     * file (as a region {@link #put} appended does), the blank line before it goes too; when it
     * opened the file and a blank line follows, that blank line goes. Everything else, a byte order
     * mark included, is kept byte for byte (legacy blocks are converted). An absent region, or
     * {@code null} text, returns {@code text} unchanged; removing the only content gives {@code ""}.
     *
     * @throws IllegalArgumentException when {@code keyPath} is not one valid tag
     */
    @Override
    public String remove(WorkspacePath target, String text, List<String> keyPath) {
        Objects.requireNonNull(target, "target");
        String tag = tagOf(keyPath);
        if (text == null) {
            return null;
        }
        TextRegions.Scanned scanned = TextRegions.scan(target, syntax, text);
        MarkedRegion region = scanned.regions().stream().filter(r -> r.tag().equals(tag)).findFirst().orElse(null);
        if (region == null) {
            return text;
        }
        String body = scanned.text();
        int start = body.lastIndexOf('\n', region.bodyStart() - 2) + 1;
        int newline = body.indexOf('\n', region.bodyEnd());
        int end = newline < 0 ? body.length() : newline + 1;
        String before = body.substring(0, start);
        String after = body.substring(end);
        if (!before.isEmpty() && lastLine(before).isBlank() && (after.isEmpty() || firstLine(after).isBlank())) {
            before = before.substring(0, before.length() - lastLine(before).length() - 1);
        } else if (before.isEmpty() && !after.isEmpty() && firstLine(after).isBlank()) {
            after = after.substring(Math.min(after.length(), firstLine(after).length() + 1));
        }
        return (text.charAt(0) == BOM ? String.valueOf(BOM) : "") + before + after;
    }

    /** Refused: a region holds text, not a list. */
    @Override
    public String addMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        throw noMembers(target);
    }

    /** Refused: a region holds text, not a list. */
    @Override
    public String removeMember(WorkspacePath target, String text, List<String> keyPath, TypedValue member) {
        throw noMembers(target);
    }

    private static IllegalArgumentException noMembers(WorkspacePath target) {
        return new IllegalArgumentException("The regions of " + target + " hold text, not lists: a region is set"
                + " with put and removed with remove; addMember and removeMember do not apply");
    }

    private static String tagOf(List<String> keyPath) {
        Objects.requireNonNull(keyPath, "keyPath");
        if (keyPath.size() != 1 || !keyPath.get(0).matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A region's key path is its tag alone (letters, digits, '.', '_',"
                    + " '-'); got " + keyPath);
        }
        return keyPath.get(0);
    }

    private static String describe(TypedValue value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value.display();
    }

    /** The last line of {@code text}, which ends with a line break, without that break. */
    private static String lastLine(String text) {
        int end = text.length() - 1;
        return text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    }

    /** The first line of {@code text}, without its line break. */
    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
