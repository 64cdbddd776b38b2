package dev.protostar.core.format.toml;

import dev.protostar.api.Resolution;
import dev.protostar.api.ValidationException;
import dev.protostar.api.WorkspacePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tomlj.MutableTomlTable;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;
import org.tomlj.TomlWriteOptions;

/**
 * Merges a TOML payload (source text, comments included) into a user's TOML file without
 * disturbing anything it does not edit.
 *
 * <p>Promises, for every result returned:
 *
 * <ul>
 *   <li>Everything not edited is kept byte for byte: comments, key order, quoting, number
 *       notation, inline tables, dotted keys, CRLF line endings, a UTF-8 byte order mark and a
 *       missing final newline. Lines added use the file's own line break.
 *   <li>Payload comments travel with the keys and tables they are attached to (except inside a
 *       TOML 1.0 inline table, which cannot hold comments).
 *   <li>New keys go after the last key of their table; a new sub-table goes after its parent's
 *       last sub-table (also when the parent, like {@code tool}, has no header of its own); a new
 *       top-level table goes to the end of the file; each new header has one blank line before it.
 *   <li>Merging the same payload again changes nothing; {@code changed} is false exactly when the
 *       text is identical to the input.
 *   <li>The result parses, in the same TOML version as the input (1.0 when the input was valid
 *       1.0); a merge that would break this fails with {@link IllegalStateException} instead.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class TomlMerger {

    private TomlMerger() {
    }

    /**
     * Checks that {@code text} (a whole file, optionally starting with a byte order mark) is TOML
     * that tomlj can edit.
     *
     * @throws ValidationException naming {@code path} and the line and column of the first error
     */
    public static void validate(WorkspacePath path, String text) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        ParsedToml.parse(path, TomlFraming.bodyOf(text));
    }

    /**
     * {@link #validate(WorkspacePath, String)}, keeping the parse in {@code documents} so that a
     * later merge into the same text in the same run starts from it instead of parsing again.
     *
     * @throws ValidationException naming {@code path} and the line and column of the first error
     */
    public static void validate(WorkspacePath path, String text, TomlDocuments documents) {
        Objects.requireNonNull(text, "text");
        documents.validate(path, text);
    }

    /**
     * Merges {@code payload} into the file {@code path} whose current text is {@code existing}.
     *
     * @param path the file, used in messages only
     * @param existing the file's text, or {@code null} when the file is absent: the result is then
     *     the payload as a fresh document (ending with a newline)
     * @param payload TOML source text; placeholders must already be substituted
     * @param resolution {@link Resolution#MERGE} or {@link Resolution#OVERWRITE}
     * @throws ValidationException when {@code existing} is not valid TOML (nothing is merged)
     * @throws IllegalArgumentException when {@code payload} is not valid TOML (a bug in the module
     *     that declared it) or {@code resolution} is {@link Resolution#ABORT}
     * @throws IllegalStateException when the merged text would not parse (a bug here; nothing is
     *     returned to write)
     */
    public static TomlMergeResult merge(WorkspacePath path, String existing, String payload, Resolution resolution) {
        return merge(path, existing, payload, resolution, false, new TomlDocuments());
    }

    /**
     * Lays {@code payload} over {@code base}: every key the payload names takes the payload's value
     * (an array of tables is replaced whole), every other key, table and comment of {@code base} is
     * kept, nothing is removed. This combines payloads before they meet a user's file, for example
     * a configuration's settings over a module's defaults.
     *
     * @param path the file the payloads are for, used in messages only
     * @param base TOML source text, or {@code null} for none: the result is then the payload
     * @param payload TOML source text; placeholders must already be substituted
     * @throws ValidationException when {@code base} is not valid TOML
     * @throws IllegalArgumentException when {@code payload} is not valid TOML
     * @throws IllegalStateException when the combined text would not parse (a bug here)
     */
    public static TomlMergeResult overlay(WorkspacePath path, String base, String payload) {
        return merge(path, base, payload, Resolution.OVERWRITE, true, new TomlDocuments());
    }

    private static TomlMergeResult merge(WorkspacePath path, String existing, String payload, Resolution resolution,
            boolean overlay, TomlDocuments documents) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(resolution, "resolution");
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("Cannot merge into " + path
                    + " with resolution ABORT; an aborted run must stop before any merge");
        }
        if (existing == null) {
            return fresh(parsePayload(path, payload));
        }
        TomlFraming framing = TomlFraming.of(existing);
        // tomlj copies an inserted table's source lines as they are: give them the file's line breaks.
        String payloadText = framing.newline().apply(TomlFraming.bodyOf(payload));
        TomlParseResult payloadDocument = parsePayload(path, payloadText);
        ParsedToml parsed = documents.forEditing(path, framing.body());
        TomlWriteOptions options = TomlWriteOptions.defaults()
                .withVersion(parsed.version())
                .withLineSeparator(framing.newline().sequence());
        String prepared = RootKeyPreamble.prepend(framing.body(), parsed.document(), payloadText,
                payloadDocument, options);
        if (!prepared.equals(framing.body())) {
            parsed = reparse(path, prepared, parsed.version());
        }
        boolean inlineTablesPossible = parsed.version() == TomlVersion.V1_0_0
                && (prepared.indexOf('{') >= 0 || payload.indexOf('{') >= 0);
        Edit edit = edit(path, parsed, prepared, options, inlineTablesPossible, (document, check, retry) -> {
            TableMerge merge = new TableMerge(path, resolution, check, overlay);
            merge.merge(document, retry ? parsePayload(path, payloadText) : payloadDocument, List.of());
            return merge;
        });
        parsed = edit.parsed();
        TableMerge merge = edit.merge();
        if (!parsed.document().isModified() && prepared.equals(framing.body())) {
            documents.remember(path, framing.body(), parsed); // unedited: still the parse of the file
            return new TomlMergeResult(existing, false, merge.keptKeys(), merge.warnings());
        }
        SectionPlacement.Placed placed = parsed.document().isModified()
                ? SectionPlacement.placeParsed(edit.rendered(), merge.newSections(), parsed.version(),
                        framing.newline().sequence(), parsed.document(), prepared)
                : new SectionPlacement.Placed(prepared, null);
        String text = framing.frame(placed.text());
        requireFaithful(path, text, parsed, placed, prepared, documents);
        return new TomlMergeResult(text, !text.equals(existing), merge.keptKeys(), merge.warnings());
    }

    /**
     * Merges {@code payloads} one after another into the file {@code path} whose current text is
     * {@code existing}: the same result as folding {@link #merge} over them (kept keys and warnings
     * concatenated in payload order), computed with one parse, one rendering and one check of the
     * whole document instead of one each per payload when no payload has top-level keys of its
     * own (the usual {@code [tool.*]} settings); otherwise it is that fold.
     *
     * @param payloads TOML source texts in the order they apply; placeholders already substituted
     * @throws ValidationException when {@code existing} is not valid TOML (nothing is merged)
     * @throws IllegalArgumentException when a payload is not valid TOML or {@code resolution} is
     *     {@link Resolution#ABORT}
     * @throws IllegalStateException when the merged text would not parse (a bug here)
     * @see #merge
     */
    public static TomlMergeResult mergeAll(WorkspacePath path, String existing, List<String> payloads,
            Resolution resolution) {
        return mergeAll(path, existing, payloads, resolution, new TomlDocuments());
    }

    /**
     * {@link #mergeAll(WorkspacePath, String, List, Resolution)} with the parses of the run: a parse
     * of {@code existing} already in {@code documents} (from validation or a data read) is the
     * starting point instead of a new parse, and the final check of the merged text is kept there
     * for the steps that read the file next.
     *
     * @throws ValidationException when {@code existing} is not valid TOML (nothing is merged)
     * @throws IllegalArgumentException when a payload is not valid TOML or {@code resolution} is
     *     {@link Resolution#ABORT}
     * @throws IllegalStateException when the merged text would not parse (a bug here)
     */
    public static TomlMergeResult mergeAll(WorkspacePath path, String existing, List<String> payloads,
            Resolution resolution, TomlDocuments documents) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(resolution, "resolution");
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("No TOML payload to merge into " + path);
        }
        if (resolution == Resolution.ABORT) {
            throw new IllegalArgumentException("Cannot merge into " + path
                    + " with resolution ABORT; an aborted run must stop before any merge");
        }
        String start = existing;
        List<String> rest = payloads;
        if (start == null) {
            start = fresh(parsePayload(path, payloads.get(0))).text();
            rest = payloads.subList(1, payloads.size());
        }
        TomlMergeResult result = rest.size() == 1 ? merge(path, start, rest.get(0), resolution, false, documents)
                : rest.isEmpty() ? new TomlMergeResult(start, true, List.of(), List.of())
                : together(path, start, rest, resolution, documents);
        return existing != null ? result
                : new TomlMergeResult(result.text(), true, result.keptKeys(), result.warnings());
    }

    /** {@link #mergeAll} on an existing file with at least two payloads. */
    private static TomlMergeResult together(WorkspacePath path, String existing, List<String> payloads,
            Resolution resolution, TomlDocuments documents) {
        TomlFraming framing = TomlFraming.of(existing);
        String newline = framing.newline().sequence();
        List<TomlParseResult> payloadDocuments = new ArrayList<>(payloads.size());
        boolean inlineTablesInPayloads = false;
        List<String> payloadTexts = new ArrayList<>(payloads.size());
        List<PayloadTables> shapes = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            String payloadText = framing.newline().apply(TomlFraming.bodyOf(payload));
            TomlParseResult document = parsePayload(path, payloadText);
            if (!RootKeyPreamble.onlySections(payloadText, document, newline)) {
                return sequentially(path, existing, payloads, resolution, documents);
            }
            payloadTexts.add(payloadText);
            payloadDocuments.add(document);
            shapes.add(PayloadTables.of(document));
            inlineTablesInPayloads |= payload.indexOf('{') >= 0;
        }
        if (!PayloadTables.independent(shapes)) {
            return sequentially(path, existing, payloads, resolution, documents);
        }
        ParsedToml parsed = documents.forEditing(path, framing.body());
        TomlWriteOptions options = TomlWriteOptions.defaults()
                .withVersion(parsed.version())
                .withLineSeparator(newline);
        boolean inlineTablesPossible = parsed.version() == TomlVersion.V1_0_0
                && (framing.body().indexOf('{') >= 0 || inlineTablesInPayloads);
        Edit edit = edit(path, parsed, framing.body(), options, inlineTablesPossible, (document, check, retry) -> {
            TableMerge merge = new TableMerge(path, resolution, check);
            for (int i = 0; i < payloadDocuments.size(); i++) {
                merge.merge(document, retry ? parsePayload(path, payloadTexts.get(i)) : payloadDocuments.get(i),
                        List.of());
            }
            return merge;
        });
        parsed = edit.parsed();
        TableMerge merge = edit.merge();
        if (!parsed.document().isModified()) {
            documents.remember(path, framing.body(), parsed); // unedited: still the parse of the file
            return new TomlMergeResult(existing, false, merge.keptKeys(), merge.warnings());
        }
        SectionPlacement.Placed placed = SectionPlacement.placeParsed(edit.rendered(),
                merge.newSections(), parsed.version(), newline, parsed.document(), framing.body());
        String text = framing.frame(placed.text());
        requireFaithful(path, text, parsed, placed, framing.body(), documents);
        return new TomlMergeResult(text, !text.equals(existing), merge.keptKeys(), merge.warnings());
    }

    private static TomlMergeResult sequentially(WorkspacePath path, String existing, List<String> payloads,
            Resolution resolution, TomlDocuments documents) {
        String text = existing;
        List<String> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String payload : payloads) {
            TomlMergeResult result = merge(path, text, payload, resolution, false, documents);
            kept.addAll(result.keptKeys());
            warnings.addAll(result.warnings());
            text = result.text();
        }
        return new TomlMergeResult(text, !text.equals(existing), kept, warnings);
    }

    /** One application of a merge's payloads to a parsed document. */
    @FunctionalInterface
    private interface Edits {

        /**
         * Applies the payloads to {@code document} and returns the merge that did it.
         *
         * @param check the check to run after each insertion
         * @param retry true on the second attempt, which must not reuse payload documents of the first
         */
        TableMerge apply(MutableTomlTable document, RenderCheck check, boolean retry);
    }

    /**
     * The edited document, the merge that edited it and, when it was modified, its rendering.
     *
     * @param rendered the document written as TOML, or {@code null} when it was not modified
     */
    private record Edit(ParsedToml parsed, TableMerge merge, String rendered) {
    }

    /**
     * Applies {@code edits} to {@code parsed} (the parse of {@code source}) and renders the result.
     * tomlj refuses to render a TOML 1.0 inline table that would need a comment or a line break; an
     * insertion that causes that must go in as a {@link PlainCopy}. Finding out after every insertion
     * costs a rendering of the whole document each time (three insertions into a 1 MiB file: three
     * extra renderings), so the edits first run unchecked and the document is rendered once; only
     * when that rendering is refused do they run again, on a fresh parse, checking each insertion.
     */
    private static Edit edit(WorkspacePath path, ParsedToml parsed, String source, TomlWriteOptions options,
            boolean inlineTablesPossible, Edits edits) {
        TableMerge merge = edits.apply(parsed.document(), RenderCheck.NONE, false);
        if (!parsed.document().isModified()) {
            return new Edit(parsed, merge, null);
        }
        String rendered = RenderCheck.renderingOf(parsed.document(), options);
        if (rendered == null && inlineTablesPossible) {
            ParsedToml fresh = reparse(path, source, parsed.version());
            merge = edits.apply(fresh.document(), new RenderCheck(fresh.document(), options, true), true);
            return new Edit(fresh, merge, render(path, fresh, options));
        }
        return new Edit(parsed, merge, rendered != null ? rendered : render(path, parsed, options));
    }

    private static ParsedToml reparse(WorkspacePath path, String body, TomlVersion version) {
        TomlParseResult document = Toml.parse(body, version);
        if (document.hasErrors()) {
            TomlParseError first = document.errors().get(0);
            throw new IllegalStateException("Internal error: adding top-level keys to " + path
                    + " produced TOML that does not parse (" + first.getMessage() + " at " + first.position()
                    + "); nothing was written. Please report this with the file and the payload.");
        }
        return new ParsedToml(document, version);
    }

    private static TomlParseResult parsePayload(WorkspacePath path, String payload) {
        TomlParseResult document = Toml.parse(TomlFraming.bodyOf(payload), TomlVersion.LATEST);
        if (document.hasErrors()) {
            TomlParseError first = document.errors().get(0);
            throw new IllegalArgumentException("The TOML payload for " + path + " is invalid at "
                    + first.position() + ": " + first.getMessage()
                    + "; fix the module that declared it");
        }
        return document;
    }

    private static TomlMergeResult fresh(TomlParseResult payloadDocument) {
        String text = payloadDocument.toToml();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        return new TomlMergeResult(text, true, List.of(), List.of());
    }

    private static String render(WorkspacePath path, ParsedToml parsed, TomlWriteOptions options) {
        try {
            return parsed.document().toToml(options);
        } catch (IllegalArgumentException refused) {
            throw new IllegalStateException("Internal error: the merged " + path + " cannot be written as TOML "
                    + parsed.version() + " (" + refused.getMessage() + "); nothing was written."
                    + " Please report this with the file and the payload.", refused);
        }
    }

    /**
     * The text we return must parse, and to exactly the data the edits produced. That check's parse
     * is kept in {@code documents} as the parse of the file's new text; when the {@link
     * IndependentCheck} made the check, the edited document is kept there instead, for reading only.
     *
     * @param original the text the edited document was parsed from
     */
    private static void requireFaithful(WorkspacePath path, String text, ParsedToml edited,
            SectionPlacement.Placed placed, String original, TomlDocuments documents) {
        String body = TomlFraming.bodyOf(text);
        boolean placedText = body.equals(placed.text());
        if (placedText && placed.document() == null && placed.holdsIntended()
                || !(placedText && placed.document() != null) && edited.version() == TomlVersion.V1_0_0
                        && IndependentCheck.holds(body, original, edited.document())) {
            documents.rememberForReading(path, body, edited.document());
            return;
        }
        // The placement step usually parsed exactly this text already: use that parse.
        boolean reused = placedText && placed.document() != null;
        TomlParseResult check = reused ? placed.document() : Toml.parse(body, edited.version());
        if (check.hasErrors()) {
            TomlParseError first = check.errors().get(0);
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced TOML that does not parse (" + first.getMessage() + " at " + first.position()
                    + " of the result); nothing was written. Please report this with the file and the payload.");
        }
        // The placement step may have compared this very parse with the edited document already.
        boolean compared = reused && placed.holdsIntended();
        if (!compared && !TomlData.same(check, edited.document())) {
            throw new IllegalStateException("Internal error: merging into " + path
                    + " produced TOML whose data differs from the intended merge (tomlj placed an edit in the"
                    + " wrong table); nothing was written. Please report this with the file and the payload.");
        }
        if (edited.version() == TomlVersion.V1_0_0) {
            // A TOML 1.0 parse without errors is exactly what ParsedToml.parse makes of this text.
            documents.remember(path, body, new ParsedToml(check, TomlVersion.V1_0_0));
        }
    }
}
